'use client';

import type { ChangeEvent, ReactNode } from 'react';
import { fieldId } from './form-values.ts';
import styles from './letter.module.css';

interface Described {
  hint?: string | undefined;
  error?: string | undefined;
  /** Why the form asks, behind a disclosure (`whyLabel` is its summary). */
  why?: { label: string; text: string } | undefined;
  /** A line that follows the answer as it changes, announced politely (the greeting preview). */
  live?: string | undefined;
}

/** The ids that describe a control: its hint, its live line, then its error (read in that order). */
function describedBy(id: string, { hint, live, error }: Described): string | undefined {
  const ids = [
    hint ? `${id}-hint` : null,
    live !== undefined ? `${id}-live` : null,
    error ? `${id}-error` : null,
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

// "2026-12-14" and "14-12-2026": the example dates the date hints give.
const numericDate = /(\d{1,4}-\d{1,2}-\d{1,4})/;

/**
 * A hint with its example dates kept whole: a browser breaks "2026-12-14" or "14-12-2026" at a
 * hyphen, and a date split over two lines on a phone ("2026-" / "12-14.") reads as two things.
 */
export function keepDatesWhole(text: string): ReactNode[] {
  // Splitting on a captured pattern puts the dates at the odd places.
  return text.split(numericDate).map((part, index) =>
    index % 2 === 1 ? (
      <span key={index} className={styles.nowrap}>
        {part}
      </span>
    ) : (
      part
    ),
  );
}

function Help({ id, hint, error }: Described & { id: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className={styles.hint}>
          {keepDatesWhole(hint)}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      ) : null}
    </>
  );
}

/**
 * Under the control: the live line (always in the page while the field is, so a screen reader
 * hears its changes) and "why we ask", closed until opened so a phone's screen stays short.
 */
function After({ id, why, live }: Described & { id: string }) {
  return (
    <>
      {live !== undefined ? (
        <p id={`${id}-live`} className={styles.live} aria-live="polite">
          {live}
        </p>
      ) : null}
      {why ? (
        <details className={styles.why}>
          <summary>{why.label}</summary>
          <p>{why.text}</p>
        </details>
      ) : null}
    </>
  );
}

function Label(props: { htmlFor: string; label: string; optional?: string | undefined }) {
  return (
    <label htmlFor={props.htmlFor} className={styles.label}>
      {props.label}
      {props.optional ? <span className={styles.optional}> ({props.optional})</span> : null}
    </label>
  );
}

export interface TextInputProps extends Described {
  name: string;
  label: string;
  value: string;
  onChange: (name: string, value: string) => void;
  optional?: string | undefined;
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'email' | 'tel';
  multiline?: boolean;
  placeholder?: string;
}

/** A labelled text control whose hint and error are tied to it for screen readers. */
export function TextInput(props: TextInputProps) {
  const id = fieldId(props.name);
  const common = {
    id,
    name: props.name,
    value: props.value,
    autoComplete: props.autoComplete ?? 'off',
    'aria-describedby': describedBy(id, props),
    'aria-invalid': props.error ? true : undefined,
    required: !props.optional,
    className: styles.input,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      props.onChange(props.name, event.target.value),
  };
  return (
    <div className={styles.field}>
      <Label htmlFor={id} label={props.label} optional={props.optional} />
      <Help id={id} hint={props.hint} error={props.error} />
      {props.multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          placeholder={props.placeholder}
          spellCheck={props.type === 'email' ? false : undefined}
        />
      )}
      <After id={id} why={props.why} live={props.live} />
    </div>
  );
}

export interface SelectProps extends Described {
  name: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (name: string, value: string) => void;
  optional?: string | undefined;
}

export function Select(props: SelectProps) {
  const id = fieldId(props.name);
  return (
    <div className={styles.field}>
      <Label htmlFor={id} label={props.label} optional={props.optional} />
      <Help id={id} hint={props.hint} error={props.error} />
      <select
        id={id}
        name={props.name}
        value={props.value}
        aria-describedby={describedBy(id, props)}
        aria-invalid={props.error ? true : undefined}
        className={styles.input}
        onChange={(event) => props.onChange(props.name, event.target.value)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <After id={id} why={props.why} />
    </div>
  );
}

export interface RadioGroupProps extends Described {
  name: string;
  legend: string;
  value: string;
  /** Each choice, with a line under it that helps the person choose it. */
  options: readonly { value: string; label: string; hint?: string | undefined }[];
  onChange: (name: string, value: string) => void;
  optional?: string | undefined;
}

/**
 * A fieldset of radios. The group's id sits on the first radio, so the error summary's link and
 * focus land on a control the person can operate.
 */
export function RadioGroup(props: RadioGroupProps) {
  const id = fieldId(props.name);
  return (
    <fieldset
      className={styles.fieldset}
      aria-describedby={describedBy(id, props)}
      aria-invalid={props.error ? true : undefined}
    >
      <legend className={styles.label}>
        {props.legend}
        {props.optional ? <span className={styles.optional}> ({props.optional})</span> : null}
      </legend>
      <Help id={id} hint={props.hint} error={props.error} />
      <div className={styles.radios}>
        {props.options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            // The hint sits outside the label: the radio is named by its label and described by its hint.
            <div key={option.value} className={styles.choice}>
              <input
                type="radio"
                id={optionId}
                name={props.name}
                value={option.value}
                checked={props.value === option.value}
                aria-describedby={option.hint ? `${optionId}-option-hint` : undefined}
                onChange={() => props.onChange(props.name, option.value)}
              />
              <div>
                <label htmlFor={optionId}>{option.label}</label>
                {option.hint ? (
                  <span id={`${optionId}-option-hint`} className={styles.optionHint}>
                    {option.hint}
                  </span>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
      <After id={id} why={props.why} />
    </fieldset>
  );
}

export interface CheckboxProps extends Described {
  name: string;
  label: string;
  checked: boolean;
  onChange: (name: string, checked: boolean) => void;
}

export function Checkbox(props: CheckboxProps) {
  const id = fieldId(props.name);
  return (
    <div className={styles.checkbox}>
      <input
        type="checkbox"
        id={id}
        name={props.name}
        checked={props.checked}
        aria-describedby={describedBy(id, props)}
        onChange={(event) => props.onChange(props.name, event.target.checked)}
      />
      <div>
        <label htmlFor={id}>{props.label}</label>
        <Help id={id} hint={props.hint} />
        <After id={id} why={props.why} />
      </div>
    </div>
  );
}

/** A titled group of fields. */
export function FieldGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className={styles.group}>
      <legend className={styles.groupLegend}>{legend}</legend>
      {children}
    </fieldset>
  );
}
