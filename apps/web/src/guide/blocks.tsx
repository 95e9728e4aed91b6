import type { Block } from '@rescind/core';
import styles from './guide.module.css';

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'tip':
      return <p className={styles.tip}>{block.text}</p>;
    case 'list': {
      const items = block.items.map((item) => <li key={item}>{item}</li>);
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
  }
}

/** A section's body: paragraphs, lists and tips as the guide wrote them. */
export function Blocks({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((block, index) => (
        // Blocks never move within a section, so their position is a stable key.
        <BlockView key={`${block.type}-${index}`} block={block} />
      ))}
    </>
  );
}
