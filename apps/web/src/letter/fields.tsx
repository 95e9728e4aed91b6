'use client';

import type { ChangeEvent, ReactNode } from 'react';
import { fieldId } from './form-values.ts';
import styles from './letter.module.css';

interface Described {
  hint?: string | undefined;
  error?: string | undefined;
}

/** The ids that describe a control: its hint, then its error (read in that order). */
function describedBy(id: string, { hint, error }: Described): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Help({ id, hint, error }: Described & { id: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
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
    </div>
  );
}

export interface RadioGroupProps extends Described {
  name: string;
  legend: string;
  value: string;
  options: readonly { value: string; label: string }[];
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
        {props.options.map((option, index) => (
          <label key={option.value} className={styles.choice}>
            <input
              type="radio"
              id={index === 0 ? id : `${id}-${option.value}`}
              name={props.name}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => props.onChange(props.name, option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export interface CheckboxProps {
  name: string;
  label: string;
  checked: boolean;
  onChange: (name: string, checked: boolean) => void;
  hint?: string | undefined;
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
