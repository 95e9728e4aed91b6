import type { Block } from '@rescind/core';
import styles from './guide.module.css';

/** A section's body: paragraphs, lists and tips as the guide wrote them. */
export function Blocks({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((block, index) => {
        // Blocks never move within a section, so their position is a stable key.
        const key = `${block.type}-${index}`;
        switch (block.type) {
          case 'paragraph':
            return <p key={key}>{block.text}</p>;
          case 'tip':
            return (
              <p key={key} className={styles.tip}>
                {block.text}
              </p>
            );
          case 'list': {
            const items = block.items.map((item) => <li key={item}>{item}</li>);
            return block.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
          }
        }
      })}
    </>
  );
}
