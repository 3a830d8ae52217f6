import type { ReactNode } from 'react';
import { ScrollBox } from './ScrollBox';

interface TitledTableProps {
  /** Id of the visible title, which also names the scrollable region for screen readers. */
  id: string;
  title: string;
  level: 3 | 4;
  tableClassName: string;
  /** The table's head and body. */
  children: ReactNode;
}

/**
 * A table with a visible title, in a keyboard-scrollable region named by that title; the same
 * text is the table's (visually hidden) caption. One place for the markup axe and screen readers check.
 */
export function TitledTable({ id, title, level, tableClassName, children }: TitledTableProps) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <>
      <Heading className="table-title" id={id}>
        {title}
      </Heading>
      <ScrollBox labelledBy={id}>
        <table className={tableClassName}>
          <caption className="visually-hidden">{title}</caption>
          {children}
        </table>
      </ScrollBox>
    </>
  );
}
