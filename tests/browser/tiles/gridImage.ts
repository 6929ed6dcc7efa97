/**
 * A test panorama whose every region is recognisable: a grid of cells, each
 * with its own colour and a label (row, column), drawn by sharp from SVG.
 */
import sharp from 'sharp';

export const GRID = { width: 16384, height: 8192, cols: 64, rows: 32 } as const;

/** Colour of a cell: hue by column, lightness banded by row, so neighbours always differ. */
function cellColour(row: number, col: number): string {
  const hue = (col * 360) / GRID.cols;
  const light = 35 + ((row * 7) % 5) * 10;
  return `hsl(${hue.toFixed(1)},70%,${light}%)`;
}

export async function writeGridImage(file: string): Promise<void> {
  const cw = GRID.width / GRID.cols;
  const ch = GRID.height / GRID.rows;
  const cells: string[] = [];
  // Shifted by half a cell, so that no grid line runs along a cube face edge (yaw ±45°, ±135°, pitch ±45°):
  // the seam check looks there and must see the viewer's edges, not the grid's.
  for (let row = 0; row <= GRID.rows; row++) {
    for (let col = 0; col <= GRID.cols; col++) {
      const x = (col - 0.5) * cw;
      const y = (row - 0.5) * ch;
      cells.push(
        `<rect x="${x}" y="${y}" width="${cw}" height="${ch}" fill="${cellColour(row, col)}" stroke="#111" stroke-width="6"/>` +
          `<circle cx="${x + cw * 0.3}" cy="${y + ch * 0.7}" r="${18 + ((row + col) % 4) * 8}" fill="#fff"/>` +
          `<text x="${x + cw / 2}" y="${y + ch * 0.45}" font-family="DejaVu Sans, sans-serif" font-size="64" font-weight="bold" text-anchor="middle" fill="#000">${row}:${col}</text>`,
      );
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${GRID.width}" height="${GRID.height}">${cells.join('')}</svg>`;
  await sharp(Buffer.from(svg), { limitInputPixels: false, unlimited: true }).jpeg({ quality: 90 }).toFile(file);
}
