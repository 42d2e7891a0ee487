import { within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { COLUMN_VISIBILITY_STORAGE_KEY } from '../../../src/features/api-tokens/hooks/use-column-visibility';
import { renderModule } from '../../support/render-module';
import { findRows, grid } from './grid-helpers';

// On a narrow module the table's rows are drawn as cards (tokens-table.module.css). The cards are the same rows, so
// what is checked here is what the stylesheet needs from the markup: each cell names its column, because a card
// shows that name beside the value where the header row is out of sight; and the table keeps its roles, because
// some browsers drop a table's semantics once its boxes are restyled. The layout itself is proven in the browser
// (tests/e2e/phone-cards.spec.ts).

afterEach(() => window.localStorage.clear());

function headerTexts(): string[] {
  return within(grid())
    .getAllByRole('columnheader')
    .map((th) => th.textContent ?? '');
}

/** The column name each cell of the row gives its card. */
function cardLabels(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole('cell')
    .map((cell) => (cell.dataset['label'] === undefined ? '(none)' : cell.dataset['label']));
}

describe('tokens grid: card layout', () => {
  it('names every cell after its column header, in the order of the headers', async () => {
    renderModule();
    const rows = await findRows();
    const headers = headerTexts();
    expect(headers).toEqual([
      '',
      'API token',
      'Modules',
      'Created by',
      'Date created',
      'Last access',
      'Status',
      'Actions',
    ]);
    for (const row of rows) {
      // The selection box's header is a checkbox, not text: its column is called "Selection".
      expect(cardLabels(row)).toEqual(['Selection', ...headers.slice(1)]);
    }
  });

  it('keeps the names in line with the headers when columns are hidden', async () => {
    window.localStorage.setItem(
      COLUMN_VISIBILITY_STORAGE_KEY,
      JSON.stringify({ hidden: ['modules', 'created'] }),
    );
    renderModule();
    const [first] = await findRows();
    expect(cardLabels(first!)).toEqual([
      'Selection',
      'API token',
      'Created by',
      'Last access',
      'Status',
      'Actions',
    ]);
  });

  it('keeps the table roles written out, so restyled rows are still a table', async () => {
    renderModule();
    const [first] = await findRows();
    const table = grid();
    expect(table).toHaveAttribute('role', 'table');
    for (const group of table.querySelectorAll('thead, tbody'))
      expect(group).toHaveAttribute('role', 'rowgroup');
    for (const header of within(table).getAllByRole('columnheader'))
      expect(header).toHaveAttribute('role', 'columnheader');
    expect(first).toHaveAttribute('role', 'row');
    for (const cell of within(first!).getAllByRole('cell')) expect(cell).toHaveAttribute('role', 'cell');
  });
});
