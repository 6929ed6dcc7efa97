/** The visit forms' own checks: what a guest or an organiser is told before anything is sent, and what is sent. */
import { describe, expect, it } from 'vitest';
import { readProblems } from '../../src/visits/api';
import { checkSchedule, fieldOfPath, registrationProblems, type ScheduleInput } from '../../src/visits/validate';

describe('registration form', () => {
  const good = { name: 'Ada Lind', email: 'ada@example.com', organisation: '', language: 'sv', consent: true };

  it('accepts a name, an e-mail address, a language of the visit and consent', () => {
    expect(registrationProblems(good, ['sv', 'en'])).toEqual({});
    expect(registrationProblems({ ...good, organisation: 'Processum' }, ['sv'])).toEqual({});
  });

  it('names every field at fault, each with its own message', () => {
    expect(registrationProblems({ name: '  ', email: 'ada@', organisation: 'x'.repeat(101), language: 'de', consent: false }, ['sv', 'en'])).toEqual({
      name: 'nameMissing',
      email: 'emailInvalid',
      organisation: 'tooLong',
      language: 'languageMissing',
      consent: 'consentMissing',
    });
  });

  it('refuses e-mail addresses a person would see are wrong', () => {
    for (const email of ['ada', 'ada@example', 'ada lind@example.com', '@example.com', `${'a'.repeat(250)}@example.com`]) {
      expect(registrationProblems({ ...good, email }, ['sv']).email).toBe('emailInvalid');
    }
  });
});

describe('Schedule visit form', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');
  const good: ScheduleInput = {
    tours: ['processum'],
    title: ' Open day at Processum ',
    start: '2026-03-29T10:00',
    timeZone: 'Europe/Stockholm',
    durationMinutes: '90',
    capacity: '2',
    languages: ['sv', 'en'],
    speakers: [
      { name: 'Ada', organisation: 'Processum' },
      { name: 'Bo', organisation: '' },
      { name: '', organisation: '' },
    ],
    meetingUrl: 'https://meet.jit.si/processum-open-day',
    deadline: '2026-03-28T18:00',
  };

  it('builds the POST /api/visits body: the offset of the start’s own day, blank speaker rows left out', () => {
    expect(checkSchedule(good, now)).toEqual({
      ok: true,
      body: {
        tour: 'processum',
        title: 'Open day at Processum',
        startsAt: '2026-03-29T10:00:00+02:00',
        timeZone: 'Europe/Stockholm',
        durationMinutes: 90,
        capacity: 2,
        languages: ['sv', 'en'],
        speakers: [{ name: 'Ada', organisation: 'Processum' }, { name: 'Bo' }],
        meetingUrl: 'https://meet.jit.si/processum-open-day',
        registrationDeadline: '2026-03-28T18:00:00+01:00',
      },
    });
  });

  it('sends the overrun only when one is given: 0 to 240 whole minutes; empty leaves it to the site', () => {
    for (const [text, sent] of [['30', 30], [' 0 ', 0], ['240', 240], ['', undefined], ['  ', undefined]] as const) {
      const checked = checkSchedule({ ...good, overrunMinutes: text }, now);
      expect(checked.ok && checked.body.overrunMinutes, JSON.stringify(text)).toBe(sent);
    }
    for (const text of ['241', '-1', '1.5', 'soon']) {
      const checked = checkSchedule({ ...good, overrunMinutes: text }, now);
      expect(checked.ok ? null : checked.problems, text).toEqual({ overrunMinutes: 'overrunInvalid' });
    }
  });

  it('sends an ordered list for a visit of several sites', () => {
    const checked = checkSchedule({ ...good, tours: ['processum', '', 'northern-sweden'] }, now);
    expect(checked.ok && checked.body.tours).toEqual(['processum', 'northern-sweden']);
    expect(checked.ok && 'tour' in checked.body).toBe(false);
  });

  it('names every field at fault', () => {
    const checked = checkSchedule(
      { ...good, tours: [''], title: '', start: '2026-03-29T02:30', durationMinutes: '0', capacity: '0', languages: [], speakers: [{ name: '', organisation: 'Acme' }], meetingUrl: 'javascript:alert(1)', deadline: '' },
      now,
    );
    expect(checked).toEqual({
      ok: false,
      problems: {
        tours: 'tourMissing',
        title: 'titleMissing',
        startsAt: 'startInGap',
        durationMinutes: 'durationInvalid',
        capacity: 'capacityInvalid',
        languages: 'languagesMissing',
        'speakers.0.name': 'nameMissing',
        meetingUrl: 'meetingInvalid',
      },
    });
  });

  it('refuses a start in the past, numbers that are not whole, no speakers and a deadline after the start', () => {
    const checked = checkSchedule({ ...good, start: '2026-02-01T10:00', durationMinutes: '1.5', capacity: '-3', speakers: [], deadline: '2026-02-02T10:00' }, now);
    expect(checked.ok ? null : checked.problems).toEqual({
      startsAt: 'startPast',
      durationMinutes: 'durationInvalid',
      capacity: 'capacityInvalid',
      speakers: 'speakersMissing',
      registrationDeadline: 'deadlineAfterStart',
    });
  });
});

describe('server problem paths', () => {
  it('name the same fields however they are written', () => {
    expect(fieldOfPath('speakers.0.name')).toBe('speakers.0.name');
    expect(fieldOfPath(['speakers', 0, 'name'])).toBe('speakers.0.name');
    expect(fieldOfPath('/speakers/0/name')).toBe('speakers.0.name');
    expect(fieldOfPath('$.email')).toBe('email');
    expect(fieldOfPath('tour')).toBe('tours');
  });
});

it('reads the server’s problem lines (`path: what is wrong`) and objects alike', () => {
  const problems = readProblems(['speakers.0.name: must not be empty', 'tours.1: there is no tour "x": really', '(body): not JSON', { path: ['email'], message: 'not an address' }, 42]);
  expect(problems).toEqual([
    { path: 'speakers.0.name', message: 'must not be empty' },
    { path: 'tours.1', message: 'there is no tour "x": really' },
    { path: '(body)', message: 'not JSON' },
    { path: ['email'], message: 'not an address' },
    { path: '' },
  ]);
  expect(problems.map((p) => fieldOfPath(p.path))).toEqual(['speakers.0.name', 'tours.1', '(body)', 'email', '']);
  expect(readProblems(undefined)).toEqual([]);
});
