import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '../components/ui/button';
import { signInMessages } from './messages/sign-in';
import styles from './shell.module.css';

// Zod would otherwise probe `new Function` to compile faster parsers; under a CSP without 'unsafe-eval' the probe
// is reported as a violation even though zod catches it. The interpreted parsers are plenty fast for a form.
z.config({ jitless: true });

const schema = z.object({ token: z.string().trim().min(1, signInMessages.tokenRequired) });
type Values = z.infer<typeof schema>;

/** Real-API mode only: the bearer token is held in memory by the caller, never stored or put in a URL. */
export function SignIn({ onSignIn, expired }: { onSignIn: (token: string) => void; expired: boolean }) {
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { token: '' } });

  return (
    <main className={styles.center} id="content">
      <form className={styles.card} onSubmit={handleSubmit((v) => onSignIn(v.token))} noValidate>
        <h1>{signInMessages.signInTitle}</h1>
        {expired ? (
          <p className={styles.notice} role="alert">
            {signInMessages.sessionExpired}
          </p>
        ) : null}
        <p>{signInMessages.signInIntro}</p>
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
      </form>
    </main>
  );
}
