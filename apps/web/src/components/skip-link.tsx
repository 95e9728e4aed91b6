import styles from './skip-link.module.css';

/** The first focusable element of every page: keyboard users jump past the header. */
export function SkipLink({ label }: { label: string }) {
  return (
    <a className={styles.skip} href="#main">
      {label}
    </a>
  );
}
