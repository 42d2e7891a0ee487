import { useId, useState } from 'react';
import { Button } from './button';
import { ArrowLeftIcon } from './icons/arrow-left';
import { ChevronDownIcon } from './icons/chevron-down';
import styles from './pagination.module.css';

export interface PaginationLabels {
  /** Landmark name, e.g. "Pagination". */
  navigation: string;
  previous: string;
  next: string;
  page: string;
  /** "of 5" */
  of: (pageCount: string) => string;
  /** Accessible name of the page number box, e.g. "Page number, of 5". */
  pageInput: (pageCount: string) => string;
  rowsPerPage: string;
}

export interface PaginationProps {
  /** 1-based. */
  page: number;
  pageCount: number;
  onPageChange: (page: number) => void;
  pageSize: number;
  pageSizeOptions: readonly number[];
  onPageSizeChange: (size: number) => void;
  /** e.g. "1–10 of 42 rows". */
  summary: string;
  labels: PaginationLabels;
  formatNumber?: (n: number) => string;
}

/** Previous / Page [n] of N / Next, rows per page and a range summary. The page box commits on Enter or blur. */
export function Pagination({
  page,
  pageCount,
  onPageChange,
  pageSize,
  pageSizeOptions,
  onPageSizeChange,
  summary,
  labels,
  formatNumber = String,
}: PaginationProps) {
  const sizeId = useId();
  const pages = Math.max(1, pageCount);
  const [draft, setDraft] = useState(String(page));
  // Typed into since the box last showed the page: a page typed is asked for even when it is the one shown (a list
  // that holds a page's rows while the next one failed is asked to go back to it so), while a box merely focused
  // and left asks for nothing.
  const [typed, setTyped] = useState(false);
  const [seenPage, setSeenPage] = useState(page);
  if (page !== seenPage) {
    setSeenPage(page);
    setDraft(String(page));
    setTyped(false);
  }

  const commit = () => {
    setTyped(false);
    const number = Number.parseInt(draft.trim(), 10);
    if (!Number.isFinite(number)) {
      setDraft(String(page));
      return;
    }
    const next = Math.min(Math.max(number, 1), pages);
    setDraft(String(next));
    if (next !== page || typed) onPageChange(next);
  };

  return (
    <nav className={styles.bar} aria-label={labels.navigation}>
      <div className={styles.pager}>
        <Button
          variant="ghost"
          size="sm"
          icon={<ArrowLeftIcon />}
          // Not `disabled`: Next onto the last page would leave a keyboard user nowhere.
          unavailable={page <= 1}
          onClick={() => onPageChange(page - 1)}
        >
          <span className={styles.stepLabel}>{labels.previous}</span>
        </Button>
        <span className={styles.pageBox}>
          <span aria-hidden="true">{labels.page}</span>
          <input
            className={styles.pageInput}
            type="text"
            inputMode="numeric"
            pattern="[0-9]*"
            aria-label={labels.pageInput(formatNumber(pages))}
            value={draft}
            size={Math.max(3, String(pages).length)}
            onChange={(event) => {
              setDraft(event.target.value.replace(/[^0-9]/g, ''));
              setTyped(true);
            }}
            onFocus={(event) => event.target.select()}
            onBlur={commit}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                commit();
              } else if (event.key === 'Escape') {
                setDraft(String(page));
                setTyped(false);
              }
            }}
          />
          <span aria-hidden="true">{labels.of(formatNumber(pages))}</span>
        </span>
        <Button variant="ghost" size="sm" unavailable={page >= pages} onClick={() => onPageChange(page + 1)}>
          <span className={styles.stepLabel}>{labels.next}</span>
          <ArrowLeftIcon className={styles.flip} />
        </Button>
      </div>
      <div className={styles.meta}>
        <label className={styles.sizeLabel} htmlFor={sizeId}>
          {labels.rowsPerPage}
        </label>
        <span className={styles.selectWrap}>
          <select
            id={sizeId}
            className={styles.select}
            value={pageSize}
            onChange={(event) => onPageSizeChange(Number(event.target.value))}
          >
            {pageSizeOptions.map((size) => (
              <option key={size} value={size}>
                {formatNumber(size)}
              </option>
            ))}
          </select>
          <ChevronDownIcon className={styles.selectIcon} />
        </span>
        <span className={styles.summary}>{summary}</span>
      </div>
    </nav>
  );
}
