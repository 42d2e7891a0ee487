import { zodResolver } from '@hookform/resolvers/zod';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '../components/ui/button';
import { ConfirmDialog } from '../components/ui/confirm-dialog';
import { Dialog, DialogBody } from '../components/ui/dialog';
import { ThemeRoot } from '../components/ui/theme';
import { signInMessages } from './messages/sign-in';
import styles from './shell.module.css';
import { showTitle } from './window-title';

// Zod would otherwise probe `new Function` to compile faster parsers; under a CSP without 'unsafe-eval' the probe
// is reported as a violation even though zod catches it. The interpreted parsers are plenty fast for a form.
z.config({ jitless: true });

const schema = z.object({ token: z.string().trim().min(1, signInMessages.tokenRequired) });
type Values = z.infer<typeof schema>;

/** After signing in again over the page: what failed while the API refused the token is read again. */
export function readFailedAgain(queryClient: QueryClient): void {
  void queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });
}

/**
 * The bearer token is held in memory by the caller, never stored or put in a URL. `over` draws the form in a
 * dialog over the page, for a session that ran out while the page was in use: what the page shows (a new token's
 * secret among it) stays there, behind the dialog, for when the user has signed in again. Real-API mode signs in
 * here; the mock modes come here only when their scenario answers 401, with a `note` that says why.
 */
export function SignIn({
  onSignIn,
  expired,
  over = false,
  note,
}: {
  onSignIn: (token: string) => void;
  expired: boolean;
  over?: boolean;
  note?: string | undefined;
}) {
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { token: '' } });
  // The screen's one field takes the focus that nothing holds: on arrival, after Sign out (its button went with the
  // page) and after a refused token (the page it opened went). The dialog's own focus handling does this for it.
  useEffect(() => {
    if (!over && (document.activeElement ?? document.body) === document.body) setFocus('token');
  }, [over, setFocus]);
  // The screen is the page now (on arrival, after Sign out): the window says so, not the page signed out of. Over
  // a page, the page's title stays.
  useEffect(() => {
    if (!over) showTitle(signInMessages.signInTitle);
  }, [over]);

  const fields = (
    <>
      {expired ? (
        <p className={styles.notice} role="alert">
          {signInMessages.sessionExpired}
        </p>
      ) : null}
      <p>{over ? signInMessages.signInAgainIntro : signInMessages.signInIntro}</p>
      {note ? <p className={styles.hint}>{note}</p> : null}
      <div className={styles.field}>
        <label htmlFor="access-token">{signInMessages.tokenLabel}</label>
        <input
          id="access-token"
          className={styles.input}
          type="password"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={errors.token ? true : undefined}
          aria-describedby={errors.token ? 'access-token-error access-token-hint' : 'access-token-hint'}
          {...register('token')}
        />
        <span id="access-token-hint" className={styles.hint}>
          {signInMessages.tokenHint}
        </span>
        {errors.token ? (
          <span id="access-token-error" className={styles.error}>
            {errors.token.message}
          </span>
        ) : null}
      </div>
      <Button type="submit" variant="primary">
        {signInMessages.signIn}
      </Button>
    </>
  );
  const submit = handleSubmit((values) => onSignIn(values.token));

  if (over) {
    // Beside the page rather than in it: an open dialog of the module has hidden the rest of the page from
    // assistive technology, this dialog's place in the page included; a new root after it is not.
    return createPortal(
      <ThemeRoot>
        {/* Signing in is the only way on: neither Escape nor a click outside closes it. */}
        <Dialog
          open
          onOpenChange={() => undefined}
          title={signInMessages.signInTitle}
          onEscapeKeyDown={(event) => event.preventDefault()}
          onInteractOutside={(event) => event.preventDefault()}
        >
          <DialogBody>
            <form onSubmit={submit} noValidate>
              {fields}
            </form>
          </DialogBody>
        </Dialog>
      </ThemeRoot>,
      document.body,
    );
  }
  return (
    <main className={styles.center} id="content">
      <form className={styles.card} onSubmit={submit} noValidate>
        <h1>{signInMessages.signInTitle}</h1>
        {fields}
      </form>
    </main>
  );
}

/**
 * Real-API mode's Sign out, which clears the page. It first asks the page what the browser asks before a tab
 * closes: whether leaving would lose something. The module holds a `beforeunload` guard while a new token is being
 * created and while its secret has not been let go of; so does any other part of a page with work at stake. When
 * leaving would lose something, the user decides, and staying is the choice that has the focus.
 */
export function SignOut({ onSignOut }: { onSignOut: () => void }) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button
        size="sm"
        variant="ghost"
        onClick={() => {
          const leaving = new Event('beforeunload', { cancelable: true });
          if (window.dispatchEvent(leaving)) onSignOut();
          else setAsking(true);
        }}
      >
        {signInMessages.signOut}
      </Button>
      <ConfirmDialog
        open={asking}
        onOpenChange={setAsking}
        title={signInMessages.signOutAtStakeTitle}
        description={signInMessages.signOutAtStake}
        confirmLabel={signInMessages.signOutAnyway}
        cancelLabel={signInMessages.staySignedIn}
        tone="danger"
        onConfirm={() => {
          setAsking(false);
          onSignOut();
        }}
      />
    </>
  );
}
