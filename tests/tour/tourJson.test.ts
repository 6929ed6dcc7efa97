/**
 * The standard form of tour JSON: as `JSON.stringify(value, null, 2)` but each
 * guide step on one line, and it reads back as the value it wrote.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDE_PATH, standardForm, tourJsonText } from '../../src/tour/tourJson';

const demo = JSON.parse(readFileSync('public/tours/processum/tour.json', 'utf8')) as { guides: { steps: unknown[] }[] };

describe('tour JSON in the standard form', () => {
  it('is JSON.stringify with 2-space indent where there are no guides', () => {
    const { guides: _, ...withoutGuides } = demo;
    expect(tourJsonText(withoutGuides)).toBe(JSON.stringify(withoutGuides, null, 2));
    expect(tourJsonText({ a: [], b: {}, c: [1, undefined], d: undefined, e: 'x' })).toBe(JSON.stringify({ a: [], b: {}, c: [1, undefined], d: undefined, e: 'x' }, null, 2));
  });

  it('writes each guide step on one line and reads back as the tour', () => {
    const text = tourJsonText(demo);
    expect(JSON.parse(text)).toEqual(demo);
    const steps = demo.guides[0]!.steps;
    const lines = text.split('\n');
    const stepLines = lines.filter((l) => l.startsWith('        {"scene": '));
    expect(stepLines.length).toBe(steps.length);
    expect(JSON.parse(stepLines[0]!.trim().replace(/,$/, ''))).toEqual(steps[0]);
    expect(stepLines[0]).toMatch(/^ {8}\{"scene": "hall", "view": \{"kind": "model", "position": \[30, 24, 32\], /);
  });

  it('writes a guide alone (a recording\'s guide.json) with the same lines', () => {
    const guide = { id: 'g', title: 'G', steps: [{ scene: 'hall', view: { kind: 'panorama', yaw: 10.04, pitch: -0.04, fov: 75 }, duration: 2.5 }] };
    expect(tourJsonText(standardForm(guide), GUIDE_PATH)).toBe('{\n  "id": "g",\n  "title": "G",\n  "steps": [\n    {"scene": "hall", "view": {"kind": "panorama", "yaw": 10, "pitch": 0, "fov": 75}, "duration": 2.5}\n  ]\n}');
  });
});
