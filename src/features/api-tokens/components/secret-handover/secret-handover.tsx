import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { describeError } from '../../../../lib/error-message';
import { useServices, type Notify } from '../../../../lib/services';
import { writeOutcomeUnknown } from '../../../../lib/write-outcome';
import { wizardMessages } from '../../messages/wizard';
import type { ApiToken } from '../../api/types';
import { SecretHandoverHost } from './secret-handover-host';

// docs/product-rules.md, 'The secret': a new token's value is shown exactly once, even when the user leaves the
// screen that asked for it while the request is in flight.

/** What a request that makes a token hands over: the token (without its secret) and the secret, once. */
export interface SecretOutcome {
  token: ApiToken;
  /** Null when the API did not return a value. */
  secret: string | null;
}

/** How the module shows an outcome when the screen that asked for it is gone. */
export interface SecretHandoverOptions {
  /** The title of the dialog the module shows the summary in, e.g. "Add API token". */
  title: string;
  /** Where the summary's View details leads: an absolute path (resolved while the flow was on screen). */
  detailsPath: (tokenId: string) => string;
}

/**
 * One request that will return a new secret, from before it is sent until its outcome is shown. The screen that
 * started it owns it while it is on screen; after that the module shows the outcome itself.
 */
export interface SecretTicket {
  /**
   * The request answered: call it as soon as the secret arrives (the earliest moment), and again with the final
   * token if no secret came (only the first call counts). If the owner has left, the module shows it now.
   */
  deliver: (token: ApiToken, secret: string | null) => void;
  /**
   * For the owner, when it is ready to show the outcome: hands it over (once) while the owner is still there,
   * else null (the module shows it, or already did). Until `release`, the ticket keeps it: should the owner go
   * before the user let go of it (the browser's Back), the module shows it again.
   */
  take: () => SecretOutcome | null;
  /** The user let go of the outcome on screen (copied it, closed on purpose, opened the token's page). */
  release: () => void;
  /**
   * The request for the token named `name` failed: nothing to show. If the owner has left, the module says so:
   * that it was not added, or, when no answer came (`writeOutcomeUnknown`), that it may have been.
   */
  fail: (name: string, error: unknown) => void;
  /**
   * The owner leaves (unmounts): an outcome it did not take yet, one still on its way, or one on screen the user
   * had not let go of, goes to the module.
   */
  leave: () => void;
}

/** An outcome the module shows because its owner has gone. */
export interface OrphanedSecret extends SecretOutcome, SecretHandoverOptions {
  key: number;
}

type HostState = 'waiting' | 'attached' | 'gone';

/**
 * The module's side of the hand-over, one per mounted module: the requests in flight (while there are any,
 * closing or reloading the browser tab asks first), the outcomes waiting to be shown by the host dialog, and
 * the host's notify for when the module itself has gone.
 */
export class SecretHandover {
  private notify: Notify = () => undefined;
  /** Requests in flight, and answers whose secret the user has not let go of yet (on screen or about to be). */
  private readonly unsettled = new Set<SecretTicket>();
  private guarding = false;
  private queue: OrphanedSecret[] = [];
  private readonly listeners = new Set<() => void>();
  private host: HostState = 'waiting';
  private hosted = false;
  private nextKey = 1;

  /** Starts the hand-over for a request about to be sent. */
  begin(options: SecretHandoverOptions): SecretTicket {
    let state: 'flying' | 'landed' | 'shown' | 'done' = 'flying';
    let owned = true;
    let outcome: SecretOutcome | null = null;
    const settle = () => {
      this.unsettled.delete(ticket);
      this.guard();
    };
    const handOver = () => {
      state = 'done';
      const orphan = outcome;
      outcome = null;
      settle();
      if (orphan) this.show({ ...orphan, ...options, key: this.nextKey++ });
    };
    const ticket: SecretTicket = {
      deliver: (token, secret) => {
        if (state !== 'flying') return;
        state = 'landed';
        outcome = { token, secret };
        // Without a value there is nothing to lose by leaving.
        if (!secret) settle();
        if (!owned) handOver();
      },
      take: () => {
        if (state !== 'landed' || !owned) return null;
        state = 'shown';
        return outcome;
      },
      release: () => {
        if (state !== 'shown') return;
        state = 'done';
        outcome = null;
        settle();
      },
      fail: (name, error) => {
        if (state !== 'flying') return;
        state = 'done';
        settle();
        if (owned) return;
        if (writeOutcomeUnknown(error)) {
          this.notify(wizardMessages.createUnknownAfterLeaving(name), { tone: 'warning' });
        } else {
          this.notify(wizardMessages.createFailedAfterLeaving(name, describeError(error)), { tone: 'error' });
        }
      },
      leave: () => {
        if (!owned) return;
        owned = false;
        if (state === 'landed' || state === 'shown') handOver();
      },
    };
    this.unsettled.add(ticket);
    this.guard();
    return ticket;
  }

  /**
   * Closing or reloading the tab, or leaving the page for another document (a Back past where the module was
   * loaded), would lose a new secret: the browser asks first while a request is in flight, while an answer's
   * secret is on screen and not yet let go of, and while the module shows one whose screen has gone.
   */
  private guard(): void {
    const needed = this.unsettled.size > 0 || this.queue.length > 0;
    if (needed === this.guarding) return;
    this.guarding = needed;
    if (needed) window.addEventListener('beforeunload', askBeforeUnload);
    else window.removeEventListener('beforeunload', askBeforeUnload);
  }

  /** Takes the module's latest notify, and draws the host at the module's root (once). */
  connect(mount: (node: ReactNode) => void, notify: Notify): void {
    this.notify = notify;
    if (this.hosted) return;
    this.hosted = true;
    mount(<SecretHandoverHost handover={this} />);
  }

  /** For the host: it is on screen; the returned function says it has gone. */
  attach(): () => void {
    this.host = 'attached';
    this.emit();
    return () => {
      this.host = 'gone';
      // After the rest of the unmount (the owner's own `leave` included), and not for React's dev-mode remount.
      // Whatever the user had not let go of yet is reported: even one on screen may not have been copied.
      queueMicrotask(() => {
        if (this.host !== 'gone') return;
        const unseen = this.queue;
        this.queue = [];
        this.guard();
        for (const orphan of unseen) this.warn(orphan);
      });
    };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The outcome the host shows now, if any. */
  current = (): OrphanedSecret | null => this.queue[0] ?? null;

  /** The host has shown `orphan` and the user let it go: the secret is dropped. */
  dismiss(orphan: OrphanedSecret): void {
    this.queue = this.queue.filter((item) => item !== orphan);
    this.emit();
  }

  private show(orphan: OrphanedSecret): void {
    // After the rest of an unmount that may be under way, so a module that is going reports instead.
    queueMicrotask(() => {
      if (this.host === 'gone') this.warn(orphan);
      else {
        this.queue = [...this.queue, orphan];
        this.emit();
      }
    });
  }

  /** The module is gone: the host learns the new token's ID, never its secret. */
  private warn({ token }: OrphanedSecret): void {
    this.notify(wizardMessages.summary.notShown(token.name ?? '', token.id ?? ''), { tone: 'warning' });
  }

  private emit(): void {
    this.guard();
    for (const listener of this.listeners) listener();
  }
}

function askBeforeUnload(event: BeforeUnloadEvent): void {
  // Leaving now would lose the new secret: the browser asks whether to leave anyway. Browsers from before
  // `preventDefault` was honoured here ask when `returnValue` is set.
  event.preventDefault();
  event.returnValue = true;
}

// One hand-over per mounted module, named by that mount's `mount` function; nothing is kept once it unmounts.
const perModule = new WeakMap<(node: ReactNode) => void, SecretHandover>();

const noHandover = () => () => undefined;

/**
 * Whether the module is showing a new secret whose screen has gone. A dialog that would cover it (the Add wizard
 * reached again with the browser's Forward) waits until the user has let go of it: nothing takes a new secret's
 * place.
 */
export function useHandoverOnScreen(): boolean {
  const { mount } = useServices();
  const handover = mount ? perModule.get(mount) : undefined;
  const onScreen = () => Boolean(handover?.current());
  return useSyncExternalStore(handover?.subscribe ?? noHandover, onScreen, onScreen);
}

/** A screen's side: the ticket of its latest request, left when the screen unmounts. */
export class SecretTicketOwner {
  private ticket: SecretTicket | null = null;
  constructor(private readonly handover: SecretHandover) {}

  /** Starts the hand-over for a request about to be sent (see `SecretTicket`). */
  begin(options: SecretHandoverOptions): SecretTicket {
    this.ticket = this.handover.begin(options);
    return this.ticket;
  }

  /** The ticket of the latest request, e.g. to `deliver` the secret from the mutation's hand-off. */
  current(): SecretTicket | null {
    return this.ticket;
  }

  /** The user let go of the outcome on screen: leaving afterwards shows nothing. */
  release(): void {
    this.ticket?.release();
  }

  leave(): void {
    this.ticket?.leave();
  }
}

/**
 * For a screen whose request creates a token (the Add wizard, Rotate): `begin` a ticket before the request,
 * `deliver` its answer, `take` the outcome to show it. When the screen unmounts first, its ticket is left to the
 * module, which shows the summary wherever the user is, or warns the host if the module is gone too; so does
 * an outcome on screen the user had not let go of (`release`), unless `leftOnPurpose` says the screen went by the
 * user's own choice (its Close, after the question a Close before copying asks).
 */
export function useSecretHandover(leftOnPurpose?: () => boolean): SecretTicketOwner {
  const { mount, notify } = useServices();
  if (!mount)
    throw new Error('useSecretHandover must be used inside the API tokens module (ApiTokensProviders).');
  const [owner] = useState(() => {
    let handover = perModule.get(mount);
    if (!handover) {
      handover = new SecretHandover();
      perModule.set(mount, handover);
    }
    return { handover, tickets: new SecretTicketOwner(handover) };
  });
  useEffect(() => owner.handover.connect(mount, notify), [owner, mount, notify]);
  const onPurpose = useRef(leftOnPurpose);
  useLayoutEffect(() => {
    onPurpose.current = leftOnPurpose;
  });
  useEffect(
    () => () => {
      if (onPurpose.current?.()) owner.tickets.release();
      owner.tickets.leave();
    },
    [owner],
  );
  return owner.tickets;
}
