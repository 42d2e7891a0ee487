import { z } from 'zod';
import { IMAGE_SIGNATURE_BYTES, imageTypeOf } from '../../../../lib/image-type';
import { characterCount, hasVisibleCharacter, hiddenCharacter } from '../../../../lib/text';
import { wizardMessages } from '../../messages/wizard';
import type { ApiToken, UpdateApiTokenInput } from '../../api/types';

// Zod would otherwise probe `new Function` to compile faster parsers; under a CSP without 'unsafe-eval' the probe
// is reported as a violation even though zod catches it. The interpreted parsers are plenty fast for a form.
z.config({ jitless: true });

// Limits the API enforces (docs/product-rules.md, 'Create and edit'); checked here first so the user hears about
// them before sending. They count characters as the API does (`characterCount`): zod's own `max` counts UTF-16
// units, which let 128 emoji through here that the server then refused.
export const MAX_NAME_LENGTH = 255;
export const MAX_DESCRIPTION_LENGTH = 2000;
export const MAX_LOGO_BYTES = 5 * 1024 * 1024;
export const LOGO_EXTENSIONS = ['.jpg', '.jpeg', '.png'] as const;
export const LOGO_MIME_TYPES = ['image/jpeg', 'image/png'] as const;
/** For the file input's `accept`: a hint to the picker only, which the checks below do not rely on. */
export const LOGO_ACCEPT = [...LOGO_EXTENSIONS, ...LOGO_MIME_TYPES].join(',');

/** A logo the user picked (sent as multipart), the token's current logo (a URL), or none. */
export type LogoValue = { kind: 'file'; file: File } | { kind: 'url'; url: string } | null;

export interface TokenFormValues {
  logo: LogoValue;
  name: string;
  description: string;
  moduleIds: string[];
}

export type TokenFormField = keyof TokenFormValues;
export type TokenFormStep = 'general' | 'modules';

export const STEP_FIELDS: Record<TokenFormStep, TokenFormField[]> = {
  general: ['logo', 'name', 'description'],
  modules: ['moduleIds'],
};

export function stepOfField(field: TokenFormField): TokenFormStep {
  return STEP_FIELDS.modules.includes(field) ? 'modules' : 'general';
}

/** The type each accepted extension stands for: a name and a type that disagree make a file we cannot trust. */
const LOGO_TYPE_OF_EXTENSION: Record<(typeof LOGO_EXTENSIONS)[number], (typeof LOGO_MIME_TYPES)[number]> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
};

/**
 * The type and the extension must say the same, both JPEG or both PNG: a picker can hand over a file whose name
 * and type disagree. What the file holds is checked by `checkLogoContent`. Returns the message to show, or null
 * when the file is fine.
 */
export function checkLogoFile(file: File): string | null {
  const name = file.name.toLowerCase();
  const extension = LOGO_EXTENSIONS.find((candidate) => name.endsWith(candidate));
  if (!extension || LOGO_TYPE_OF_EXTENSION[extension] !== file.type.toLowerCase())
    return wizardMessages.logo.invalidType;
  if (file.size === 0) return wizardMessages.logo.empty;
  if (file.size > MAX_LOGO_BYTES) return wizardMessages.logo.tooLarge;
  return null;
}

/**
 * `checkLogoFile`, then the file's first bytes: they must begin a PNG or a JPEG, whatever the name says. Never
 * rejects: a file that cannot be read (moved or deleted since it was picked) gets a message of its own.
 */
export async function checkLogoContent(file: File): Promise<string | null> {
  const problem = checkLogoFile(file);
  if (problem) return problem;
  let head: Uint8Array;
  try {
    head = new Uint8Array(await file.slice(0, IMAGE_SIGNATURE_BYTES).arrayBuffer());
  } catch {
    return wizardMessages.logo.unreadable;
  }
  // Refused here first, as the server sniffs the bytes too: a file renamed to .png is no PNG.
  return imageTypeOf(head) ? null : wizardMessages.logo.invalidType;
}

function isLogoValue(value: unknown): value is LogoValue {
  if (value === null) return true;
  if (typeof value !== 'object') return false;
  const logo = value as { kind?: unknown; file?: unknown; url?: unknown };
  return (
    (logo.kind === 'file' && logo.file instanceof File) ||
    (logo.kind === 'url' && typeof logo.url === 'string')
  );
}

const logoSchema = z.custom<LogoValue>(isLogoValue);

/**
 * Messages carry the limits formatted in the configured locale ("2,000" or "2.000"). `keptName` is the name the
 * token has saved (Edit): kept as it is, it is not sent again, so what the rules below would say of it (a hidden
 * character, none visible, too long: saved by another client, or before a rule) is no reason to refuse the other
 * changes (docs/product-rules.md, 'Create and edit').
 */
export function createTokenFormSchemas(formatNumber: (n: number) => string, keptName?: string) {
  const kept = keptName === undefined ? null : normalizeName(keptName);
  const isKept = (name: string) => kept !== null && kept !== '' && normalizeName(name) === kept;
  const general = z.object({
    // Asynchronous, so a step's check waits for the file's bytes: Next and Add cannot pass a picked file whose
    // content has not been looked at yet.
    logo: logoSchema.superRefine(async (value, ctx) => {
      const problem = value?.kind === 'file' ? await checkLogoContent(value.file) : null;
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    name: z
      .string()
      .trim()
      .min(1, wizardMessages.name.required)
      // An empty name has its own message already.
      .refine(
        (name) => name === '' || hasVisibleCharacter(name) || isKept(name),
        wizardMessages.name.invisible,
      )
      // A name that is nothing but such characters has the message above; this one names the character to remove.
      .superRefine((name, ctx) => {
        const kind = hasVisibleCharacter(name) ? hiddenCharacter(name) : null;
        if (kind && !isKept(name))
          ctx.addIssue({
            code: 'custom',
            message: wizardMessages.name.hidden(wizardMessages.name.hiddenKinds[kind]),
          });
      })
      .refine(
        // What the server counts is what is sent.
        (name) => characterCount(normalizeName(name)) <= MAX_NAME_LENGTH || isKept(name),
        wizardMessages.name.tooLong(formatNumber(MAX_NAME_LENGTH)),
      ),
    description: z
      .string()
      .refine(
        (description) => characterCount(description) <= MAX_DESCRIPTION_LENGTH,
        wizardMessages.description.tooLong(formatNumber(MAX_DESCRIPTION_LENGTH)),
      ),
  });
  const modules = z.object({
    moduleIds: z.array(z.string()).min(1, wizardMessages.modules.required),
  });
  const all = general.extend(modules.shape);
  return { general, modules, all } as const;
}

export type TokenFormSchemas = ReturnType<typeof createTokenFormSchemas>;

export const EMPTY_TOKEN_FORM: TokenFormValues = { logo: null, name: '', description: '', moduleIds: [] };

/** What the form starts with when editing (or duplicating) an existing token. */
export function tokenToFormValues(token: ApiToken): TokenFormValues {
  return {
    logo: token.icon ? { kind: 'url', url: token.icon } : null,
    name: token.name ?? '',
    description: token.description ?? '',
    moduleIds: (token.modules ?? [])
      .map((module) => module.id)
      .filter((id): id is string => typeof id === 'string'),
  };
}

/**
 * The name as it is saved: composed, trimmed, and each run of whitespace one space. HTML shows "Build  bot" as
 * "Build bot", so saving the runs would give two tokens that look alike and that the same-name check tells apart
 * (docs/product-rules.md, 'Create and edit'). The API keeps what it is sent, so the client does this.
 */
export function normalizeName(name: string): string {
  // Composed (NFC): "é" can be one code point or "e" and a combining accent, which look the same and are different
  // strings to the API's search; a name pasted from a decomposed source would otherwise never be found by a typed one.
  return name
    .normalize('NFC')
    .replace(/\p{White_Space}+/gu, ' ')
    .trim();
}

/** The description as the API stores it: trimmed, and null rather than empty. */
export function normalizeDescription(description: string): string | null {
  const trimmed = description.trim();
  return trimmed === '' ? null : trimmed;
}

function sameLogo(a: LogoValue, b: LogoValue): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'file' && b.kind === 'file') return a.file === b.file;
  if (a.kind === 'url' && b.kind === 'url') return a.url === b.url;
  return false;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

/**
 * The fields of `current` that differ from `initial`, as an update body wants them. A kept URL logo is no
 * change; a removed one is `icon: null`; a picked file replaces it.
 */
export function changedFields(initial: TokenFormValues, current: TokenFormValues): UpdateApiTokenInput {
  const changes: UpdateApiTokenInput = {};
  const name = normalizeName(current.name);
  if (name !== normalizeName(initial.name)) changes.name = name;
  const description = normalizeDescription(current.description);
  if (description !== normalizeDescription(initial.description)) changes.description = description;
  if (!sameSet(initial.moduleIds, current.moduleIds)) changes.moduleIds = [...current.moduleIds];
  if (!sameLogo(initial.logo, current.logo)) {
    if (current.logo === null) changes.icon = null;
    else if (current.logo.kind === 'file') changes.icon = current.logo.file;
  }
  return changes;
}

/** True when closing would lose something the user typed or chose (whitespace-only edits do not count). */
export function hasUnsavedInput(initial: TokenFormValues, current: TokenFormValues): boolean {
  return (
    Object.keys(changedFields(initial, current)).length > 0 ||
    // A URL logo swapped for another URL is not sendable, but a picked file replaced by none is a change too.
    !sameLogo(initial.logo, current.logo)
  );
}
