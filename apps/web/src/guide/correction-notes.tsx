import type { Correction } from '@rescind/core';
import type { Locale } from '../i18n/dictionary.ts';
import { getDictionary } from '../i18n/index.ts';
import styles from './guide.module.css';

/** The corrections in one section, each wording once however often it occurs there. */
export function uniqueCorrections(
  corrections: readonly Correction[],
  sectionId: string,
): Correction[] {
  const seen = new Set<string>();
  return corrections.filter((correction) => {
    const key = `${correction.original}>${correction.correction}`;
    if (correction.sectionId !== sectionId || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The editor's notes for one section: the text above already reads as corrected; this says, in
 * small print, that the published original differs and how.
 */
export function CorrectionNotes(props: {
  locale: Locale;
  corrections: readonly Correction[];
  sectionId: string;
}) {
  const notes = uniqueCorrections(props.corrections, props.sectionId);
  if (notes.length === 0) return null;
  const t = getDictionary(props.locale).guide;
  return (
    <>
      {notes.map((note) => (
        <p key={`${note.original}>${note.correction}`} className={styles.correction}>
          <small>{t.correctionNote(note.original, note.correction)}</small>
        </p>
      ))}
    </>
  );
}
