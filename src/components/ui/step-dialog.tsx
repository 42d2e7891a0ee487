import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { Button } from './button';
import { ConfirmDialog } from './confirm-dialog';
import { Dialog, DialogBody, DialogFooter } from './dialog';
import { Skeleton } from './skeleton';
import { Stepper } from './stepper';
import { VisuallyHidden } from './theme';
import styles from './step-dialog.module.css';

/** How a close was asked for. */
export type StepCloseReason = 'escape' | 'outside-click' | 'close-button';

/**
 * A step's own say over closing (e.g. a secret that must not be dismissed before it was copied). Returns whether
 * the close may go ahead. What a refusal means is the dialog's business: Escape and an outside click are
 * ignored, the Close button asks the step's `closeQuestion` (and is ignored without one).
 */
export type StepCloseGuard = (reason: StepCloseReason) => boolean;

/** A yes/no question before closing; `cancel` is the safe choice and gets focus first. */
export interface StepCloseQuestion {
  title: string;
  description: string;
  confirm: string;
  cancel: string;
}

/** What a step's action is given when it runs. */
export interface StepActionContext {
  /** Hand it to the request: it aborts when the user cancels the run (see `cancelBusyLabel`). */
  signal: AbortSignal;
}

export interface StepDialogStep<Id extends string = string> {
  id: Id;
  /** The step's name in the step list; also its heading unless `title` is given. */
  label: string;
  title?: ReactNode;
  content: ReactNode;
  complete?: boolean;
  invalid?: boolean;
  /**
   * The primary button, a submit button so Enter in a field presses it. One run at a time: further presses
   * while it runs are ignored. Without an action the step shows `footer` instead of Close / Back / primary.
   */
  action?: {
    label: string;
    run: (context: StepActionContext) => unknown;
    /**
     * The action is no longer offered (the server refused it in a way that would come again): the footer keeps
     * Close and Back, and Enter in a field does nothing.
     */
    withdrawn?: boolean;
    /**
     * The action cannot run yet (it waits for something it needs): the button stays, focusable, says it is
     * unavailable and is described by the element `reasonId` names, which says why. It ignores a press, and so
     * Enter in a field, whose submit is that press.
     */
    unavailable?: { reasonId: string } | undefined;
    /** Offered, with something to say about what pressing it does: the element this names describes it. */
    describedBy?: string | undefined;
  };
  /** Given a function, it receives `close`, which asks to close as the Close button does (guard included). */
  footer?: ReactNode | ((close: () => void) => ReactNode);
  /** A click beside the dialog does not close it while this step shows (e.g. the only view of a secret). */
  keepOnOutsideClick?: boolean;
  /** Consulted on every close while this step shows, after the busy rule and before the discard question. */
  closeGuard?: StepCloseGuard;
  /** What the Close button asks when `closeGuard` refuses; its `confirm` closes anyway. */
  closeQuestion?: StepCloseQuestion;
}

export interface StepNavigation<Id extends string> {
  current: Id;
  /** Shows `id`; focus goes to its heading, or wherever `focus` puts it (e.g. the field with an error). */
  goTo: (id: Id, focus?: () => void) => void;
  /** Hands over (once) the focus move waiting for the step change; the dialog calls it after rendering. */
  takeFocus: () => (() => void) | null;
}

/** The current step of a step dialog. `onGo` sees every move first (e.g. to widen what gets validated). */
export function useStepNavigation<Id extends string>(
  initial: Id,
  onGo?: (id: Id) => void,
): StepNavigation<Id> {
  const [current, setCurrent] = useState(initial);
  const pendingFocus = useRef<(() => void) | null>(null);
  const onGoRef = useRef(onGo);
  useLayoutEffect(() => {
    onGoRef.current = onGo;
  });
  const goTo = useCallback((id: Id, focus?: () => void) => {
    onGoRef.current?.(id);
    pendingFocus.current = focus ?? HEADING;
    setCurrent(id);
  }, []);
  const takeFocus = useCallback(() => {
    const focus = pendingFocus.current;
    pendingFocus.current = null;
    return focus;
  }, []);
  return { current, goTo, takeFocus };
}

/** Stands for "the step's heading", which does not exist until the step renders. */
const HEADING = () => undefined;

/** What the frame needs from the steps inside it; the steps register it once they are there. */
interface StepsHandle {
  requestClose: (reason: StepCloseReason) => void;
  keepOpen: () => boolean;
  initialFocus: () => void;
}

interface FrameContext {
  register: (handle: StepsHandle | null) => void;
  /** Whether the dialog has opened already, i.e. steps arriving now come after the open's focus move. */
  opened: RefObject<boolean>;
  onClose: () => void;
}

const Frame = createContext<FrameContext | null>(null);

export interface StepDialogProps {
  title: ReactNode;
  description?: ReactNode;
  /** Closes for good; the steps inside decide first whether a close may happen (busy, unsaved input). */
  onClose: () => void;
  closeLabel: string;
  /** The steps (`StepDialogSteps`); until they are there the dialog shows `loading`. */
  children?: ReactNode;
  /**
   * While the dialog's data loads: a skeleton named `label`, or `failure` (e.g. an error with Retry). `slow` is said
   * once the load has taken `LOADING_PATIENCE_MS`: a read that gets no answer otherwise shows skeletons alone until
   * its deadline, half a minute later.
   */
  loading?: { label: string; slow: string; failure?: ReactNode };
}

/** How long a dialog's data may load before the dialog says that it is taking longer than usual. */
export const LOADING_PATIENCE_MS = 5_000;

/**
 * One dialog frame from the first frame to the last: the steps take the loading view's place inside it, so focus
 * and assistive technology stay in the same dialog. Closing, the open's focus move and outside clicks go to the
 * steps once they are there.
 */
export function StepDialog({ title, description, onClose, closeLabel, children, loading }: StepDialogProps) {
  const steps = useRef<StepsHandle | null>(null);
  const opened = useRef(false);
  const reason = useRef<StepCloseReason>('escape');
  const onCloseRef = useRef(onClose);
  useLayoutEffect(() => {
    onCloseRef.current = onClose;
  });
  // Stable, so the steps register once; the latest `onClose` is read when it is called.
  const [frame] = useState<FrameContext>(() => ({
    register: (handle) => (steps.current = handle),
    opened,
    onClose: () => onCloseRef.current(),
  }));

  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (open) return;
        if (steps.current) steps.current.requestClose(reason.current);
        else onClose();
        reason.current = 'escape';
      }}
      title={title}
      description={description}
      size="lg"
      onOpenAutoFocus={(event) => {
        opened.current = true;
        if (!steps.current) return;
        event.preventDefault();
        steps.current.initialFocus();
      }}
      onInteractOutside={(event) => {
        if (steps.current?.keepOpen()) event.preventDefault();
        else reason.current = 'outside-click';
      }}
    >
      <Frame.Provider value={frame}>
        {children ?? (
          <>
            <DialogBody>
              {loading?.failure ?? <LoadingView label={loading?.label} slow={loading?.slow} />}
            </DialogBody>
            <DialogFooter>
              <Button variant="secondary" onClick={onClose}>
                {closeLabel}
              </Button>
            </DialogFooter>
          </>
        )}
      </Frame.Provider>
    </Dialog>
  );
}

/** The skeleton of a loading dialog; its patience starts when it is drawn. */
function LoadingView({ label, slow }: { label: string | undefined; slow: string | undefined }) {
  const [late, setLate] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLate(true), LOADING_PATIENCE_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    // A status: what is added to it (the slow load's words) is announced.
    <div className={styles.center} role="status" aria-label={label}>
      {late && slow ? <p className={styles.slow}>{slow}</p> : <Skeleton width="40%" height={20} />}
      <Skeleton width="100%" height={38} />
      <Skeleton width="100%" height={112} />
    </div>
  );
}

export interface StepDialogStepsProps<Id extends string> {
  steps: readonly StepDialogStep<Id>[];
  navigation: StepNavigation<Id>;
  /**
   * Where focus goes when the dialog opens, or when the steps arrive after a loading view; by default the current
   * step's heading (e.g. a dialog that opens on a result rather than on a form).
   */
  initialFocus?: () => void;
  /** A request runs: Close and Back are disabled, the primary button is busy, `busyLabel` is announced. */
  busy?: boolean;
  busyLabel?: string;
  /**
   * With it, a busy dialog offers a Cancel button with this label, and Escape does the same: both abort the
   * running action's `signal` (the dialog stays open; the action decides what to say). Without it, a busy
   * dialog cannot be left (e.g. while a secret is on its way).
   */
  cancelBusyLabel?: string | undefined;
  /** Unsaved input: closing asks first. */
  isDirty?: () => boolean;
  /** Shown above the current step's content (e.g. why the last request failed). */
  alert?: ReactNode;
  labels: {
    close: string;
    /** With it, a Back button leads to the previous step. */
    back?: string;
    stepList: string;
    stepComplete: string;
    stepInvalid?: string;
    /** With it, each heading starts with the step's position for screen readers, e.g. "Step 2 of 4: ". */
    stepOf?: (current: number, total: number) => string;
    discard: StepCloseQuestion;
  };
  /** Lets the step list be used to move between steps in any order (as in an edit dialog). */
  selectableSteps?: boolean;
}

/** The steps of a `StepDialog`: step list, the current step under a focusable heading, and the footer. */
export function StepDialogSteps<Id extends string>({
  steps,
  navigation,
  initialFocus: focusFirst,
  busy = false,
  busyLabel = '',
  cancelBusyLabel,
  isDirty,
  alert,
  labels,
  selectableSteps = false,
}: StepDialogStepsProps<Id>) {
  const frame = useContext(Frame);
  if (!frame) throw new Error('StepDialogSteps must be rendered inside a StepDialog');
  const { current, goTo, takeFocus } = navigation;
  // The question asked before closing: unsaved input, or the current step's guard refusing the Close button.
  // Kept after the answer, so the question's text stays put while it closes.
  const [question, setQuestion] = useState<StepCloseQuestion>(labels.discard);
  const [asking, setAsking] = useState(false);
  const ask = (next: StepCloseQuestion) => {
    setQuestion(next);
    setAsking(true);
  };
  // One run per action, whatever the number of clicks or Enter presses; also keeps Next from skipping a step.
  const running = useRef(false);
  const runAbort = useRef<AbortController | null>(null);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const titleId = useId();
  const index = Math.max(
    0,
    steps.findIndex((step) => step.id === current),
  );
  const step = steps[index];
  const initialFocus = focusFirst ?? (() => headingRef.current?.focus());

  const requestClose = (reason: StepCloseReason) => {
    // Leaving mid-request could lose its outcome (e.g. the secret of a token being created).
    if (busy) return;
    if (step?.closeGuard && !step.closeGuard(reason)) {
      // Escape and a click beside the dialog are easily made by accident: a refusal simply keeps the dialog.
      // The Close button is a deliberate choice, so the step may ask whether it is meant.
      if (reason === 'close-button' && step.closeQuestion) ask(step.closeQuestion);
      return;
    }
    if (isDirty?.()) ask(labels.discard);
    else frame.onClose();
  };
  const cancelRun = () => runAbort.current?.abort();
  const handle: StepsHandle = {
    // Where the dialog allows it, Escape during a request cancels the request (a click beside the dialog is too
    // easily made for that); the dialog stays open.
    requestClose: (reason) =>
      busy && cancelBusyLabel && reason === 'escape' ? cancelRun() : requestClose(reason),
    keepOpen: () => busy || step?.keepOnOutsideClick === true,
    initialFocus,
  };
  useLayoutEffect(() => {
    frame.register(handle);
  });
  // A layout effect too: when steps are swapped (a new `key`), the old ones leave before the new ones register.
  useLayoutEffect(() => () => frame.register(null), [frame]);
  useEffect(() => {
    // The steps came after the dialog opened (it was loading): move focus into them.
    if (frame.opened.current) initialFocus();
    // Only on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const withdrawn = step?.action?.withdrawn === true;
  const formRef = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    // The primary button had focus when it was pressed and is gone now: the step's heading takes it, rather than
    // the dialog as a whole, so the reader starts again where the step and its message are. A field keeps it.
    if (withdrawn && !formRef.current?.contains(document.activeElement)) headingRef.current?.focus();
  }, [withdrawn]);

  useEffect(() => {
    const focus = takeFocus();
    if (focus === HEADING) headingRef.current?.focus();
    else focus?.();
  }, [current, takeFocus]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (running.current || !step?.action || step.action.withdrawn) return;
    running.current = true;
    const abort = (runAbort.current = new AbortController());
    try {
      await step.action.run({ signal: abort.signal });
    } finally {
      running.current = false;
      runAbort.current = null;
    }
  };

  if (!step) return null;
  const stepper = steps.map(({ id, label, complete, invalid }) => ({ id, label, complete, invalid }));
  return (
    <>
      <form ref={formRef} className={styles.form} onSubmit={onSubmit} noValidate>
        <DialogBody
          className={[styles.layout, steps.length > 1 ? null : styles.single].filter(Boolean).join(' ')}
        >
          {steps.length > 1 ? (
            <div className={styles.aside}>
              <Stepper
                label={labels.stepList}
                steps={stepper}
                currentId={current}
                onSelect={selectableSteps ? (id) => goTo(id as Id) : undefined}
                completeLabel={labels.stepComplete}
                invalidLabel={labels.stepInvalid}
              />
            </div>
          ) : null}
          <section className={styles.main} aria-labelledby={titleId}>
            <h3
              id={titleId}
              ref={headingRef}
              tabIndex={-1}
              className={styles.stepTitle}
              data-focus-landing-target=""
            >
              {labels.stepOf ? (
                <VisuallyHidden>{`${labels.stepOf(index + 1, steps.length)}: `}</VisuallyHidden>
              ) : null}
              {step.title ?? step.label}
            </h3>
            {alert ? <div className={styles.errorSlot}>{alert}</div> : null}
            {step.content}
          </section>
        </DialogBody>
        {step.action ? (
          <DialogFooter
            start={
              busy && cancelBusyLabel ? (
                <Button variant="secondary" onClick={cancelRun}>
                  {cancelBusyLabel}
                </Button>
              ) : (
                <Button
                  variant="link"
                  className={styles.closeButton}
                  onClick={() => requestClose('close-button')}
                  aria-disabled={busy || undefined}
                >
                  {labels.close}
                </Button>
              )
            }
          >
            <span className={styles.status} role="status">
              {busy ? busyLabel : ''}
            </span>
            {labels.back ? (
              <Button
                variant="secondary"
                className={busy ? styles.backWhileBusy : undefined}
                disabled={index === 0 || busy}
                onClick={() => goTo(steps[index - 1]?.id ?? current)}
              >
                {labels.back}
              </Button>
            ) : null}
            {withdrawn ? null : (
              <Button
                type="submit"
                variant="primary"
                busy={busy}
                unavailable={step.action.unavailable !== undefined}
                aria-describedby={step.action.unavailable?.reasonId ?? step.action.describedBy}
              >
                {step.action.label}
              </Button>
            )}
          </DialogFooter>
        ) : (
          <DialogFooter>
            {typeof step.footer === 'function'
              ? step.footer(() => requestClose('close-button'))
              : step.footer}
          </DialogFooter>
        )}
      </form>
      <ConfirmDialog
        open={asking}
        onOpenChange={setAsking}
        title={question.title}
        description={question.description}
        confirmLabel={question.confirm}
        cancelLabel={question.cancel}
        tone="danger"
        onConfirm={() => {
          setAsking(false);
          frame.onClose();
        }}
      />
    </>
  );
}
