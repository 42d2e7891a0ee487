import { API_TEXT_LANGUAGE } from '../../lib/api-error';
import { explainError } from '../../lib/error-message';

/** Stands for the reason while the sentence is split around it: a private-use character no message holds. */
const REASON = '\uE000';

/**
 * One of our sentences with why a request failed in it ("Could not check … <reason>"). When the reason is the
 * server's own words (`explainError`), it is marked as the API's language, so a screen reader on a page in another
 * language reads it with the right voice; the sentence around it stays the page's.
 */
export function ReasonInSentence({
  sentence,
  error,
}: {
  sentence: (reason: string) => string;
  error: unknown;
}) {
  const { text, fromServer } = explainError(error);
  const parts = sentence(REASON).split(REASON);
  // A message that does not hold the reason exactly once is shown as it is, unmarked.
  if (!fromServer || parts.length !== 2) return sentence(text);
  return (
    <>
      {parts[0]}
      <span lang={API_TEXT_LANGUAGE}>{text}</span>
      {parts[1]}
    </>
  );
}
