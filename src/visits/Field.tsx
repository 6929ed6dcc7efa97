/**
 * A labelled form control with its hint and its problem: the label is the
 * field's whole name (tests and screen readers find it by that), the hint and
 * the problem are tied to the control with aria-describedby, and a control
 * with a problem is aria-invalid.
 */
import { cloneElement, useId, type ReactElement, type ReactNode } from 'react';
import { useVisitText } from './useVisitText';

interface Props {
  label: ReactNode;
  /** A short note after the label (e.g. "optional"), outside the label's text. */
  hint?: string;
  /** A key of the visit texts, or the server's own words. */
  problem?: string | undefined;
  /** The control: an input, select or textarea (its id and aria attributes are set here). */
  children: ReactElement<Record<string, unknown>>;
  /** The field's name in problem paths, written as `data-field` for tests and focusing. */
  field: string;
}

export function Field({ label, hint, problem, children, field }: Props) {
  const { t } = useVisitText();
  const id = useId();
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const message = problem ? ((t as Record<string, string>)[problem] ?? problem) : null;
  const describedBy = [hint ? hintId : null, message ? problemId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="visits__field" data-field={field} data-invalid={message ? '' : undefined}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="visits__hint">
          {hint}
        </span>
      )}
      {cloneElement(children, { id, 'aria-describedby': describedBy, 'aria-invalid': message ? true : undefined })}
      {message && (
        <span id={problemId} className="visits__problem">
          {message}
        </span>
      )}
    </div>
  );
}

/** Moves the focus to the first field with a problem (after the page shows them). */
export function focusFirstProblem(form: HTMLElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid] input, [data-invalid] select')?.focus());
}
