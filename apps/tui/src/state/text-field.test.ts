import { describe, expect, it } from 'vitest';
import { editText, textField } from './text-field.ts';

describe('editText', () => {
  it('types at the cursor and moves it along', () => {
    let field = textField('Anna');
    field = editText(field, { type: 'home' });
    field = editText(field, { type: 'insert', text: 'Sq' });
    expect(field).toEqual({ value: 'SqAnna', cursor: 2 });
    field = editText(field, { type: 'backspace' });
    expect(field).toEqual({ value: 'SAnna', cursor: 1 });
  });

  it('keeps q and ? as letters: they are text here, not commands', () => {
    const field = editText(textField(), { type: 'insert', text: 'q?' });
    expect(field.value).toBe('q?');
  });

  it('turns a pasted line break into a space', () => {
    expect(editText(textField(), { type: 'insert', text: 'Anna\r\nSvensson' }).value).toBe(
      'Anna Svensson',
    );
  });

  it('erases and types in order when backspaces and letters arrive in one read', () => {
    expect(editText(textField('2099-02-30'), { type: 'insert', text: '\u007f\u007f28' })).toEqual({
      value: '2099-02-28',
      cursor: 10,
    });
    expect(editText(textField('a'), { type: 'insert', text: '\b\bxy\u007fz' }).value).toBe('xz');
  });

  it('takes several backspaces at once, never past the start', () => {
    expect(editText(textField('2099-02-30'), { type: 'backspace', count: 2 }).value).toBe(
      '2099-02-',
    );
    expect(editText(textField('ab'), { type: 'backspace', count: 5 })).toEqual({
      value: '',
      cursor: 0,
    });
  });

  it('empties the field with Ctrl-U, as a shell does', () => {
    expect(editText(textField('brev.txt'), { type: 'clear' })).toEqual({ value: '', cursor: 0 });
  });

  it('deletes and moves by whole characters', () => {
    let field = textField('Jäger 🎉');
    field = editText(field, { type: 'backspace' });
    expect(field.value).toBe('Jäger ');
    field = editText(editText(field, { type: 'home' }), { type: 'delete' });
    expect(field).toEqual({ value: 'äger ', cursor: 0 });
    expect(editText(field, { type: 'left' }).cursor).toBe(0);
    expect(editText(field, { type: 'end' }).cursor).toBe(5);
  });
});
