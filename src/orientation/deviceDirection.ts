/**
 * Where the back of a phone points, from its `deviceorientation` angles
 * (W3C: the device frame turned by Z(alpha)·X(beta)·Y(gamma) into the earth
 * frame, X east, Y north, Z up): the compass heading (degrees east of north)
 * and the elevation (degrees above the horizon) of the device's -Z axis, the
 * way its camera looks. Pure; independent of how the screen is turned.
 */
const DEG = Math.PI / 180;

export interface Direction {
  heading: number;
  elevation: number;
}

export function deviceDirection(alpha: number, beta: number, gamma: number): Direction {
  const [sa, ca, sb, cb, sg, cg] = [Math.sin(alpha * DEG), Math.cos(alpha * DEG), Math.sin(beta * DEG), Math.cos(beta * DEG), Math.sin(gamma * DEG), Math.cos(gamma * DEG)];
  const east = -ca * sg - sa * sb * cg;
  const north = -sa * sg + ca * sb * cg;
  const up = -cb * cg;
  return { heading: Math.atan2(east, north) / DEG, elevation: Math.asin(Math.max(-1, Math.min(1, up))) / DEG };
}

/** The difference a − b of two headings, in -180..180. */
export const headingDelta = (a: number, b: number) => ((((a - b + 180) % 360) + 360) % 360) - 180;
