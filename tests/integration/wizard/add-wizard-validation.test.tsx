import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { mockBackend } from '../../../mocks/node';
import { renderModule } from '../../support/render-module';
import { findRowMenuButton, firstPageTokens } from '../actions/action-helpers';
import {
  chooseModules,
  currentStep,
  fillGeneral,
  findWizard,
  next,
  pdfAsPng,
  pngFile,
  installNodeFileApis,
  serveModulesChanged,
  withHeldReads,
  withSize,
} from './wizard-support';

installNodeFileApis();

function nameInput(dialog: HTMLElement) {
  return within(dialog).getByRole('textbox', { name: 'API token name' });
}

function descriptionOf(element: HTMLElement): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('Add API token wizard: General step', () => {
  test('opens over the grid with the step list, General current', async () => {
    renderModule({ path: '/new' });
    const dialog = await findWizard();
    const steps = within(dialog).getByRole('list', { name: 'Steps' });
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining('General'),
      expect.stringContaining('Modules'),
      expect.stringContaining('Overview'),
      expect.stringContaining('Summary'),
    ]);
    expect(currentStep(dialog)).toContain('General');
    expect(within(dialog).getByRole('button', { name: 'Back' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Next' })).toBeEnabled();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeInTheDocument();
    // Focus starts in the name field.
    await waitFor(() => expect(nameInput(dialog)).toHaveFocus());
    // The one field that must be filled says so to a screen reader, the others do not.
    expect(nameInput(dialog)).toBeRequired();
    expect(within(dialog).getByRole('textbox', { name: 'Description' })).not.toBeRequired();
  });

  test('an empty name is refused next to the field, and focus moves to it', async () => {
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await user.click(within(dialog).getByRole('textbox', { name: 'Description' }));
    await next(user, dialog);

    const name = nameInput(dialog);
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(descriptionOf(name)).toContain('Enter a name for the API token.');
    expect(name).toHaveFocus();
    expect(currentStep(dialog)).toContain('General');

    // The message goes as soon as the input is fixed.
    await user.type(name, 'Robot');
    await waitFor(() => expect(name).not.toHaveAttribute('aria-invalid'));
    expect(within(dialog).queryByText('Enter a name for the API token.')).not.toBeInTheDocument();
  });

  test('a name of only spaces counts as empty', async () => {
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await fillGeneral(user, dialog, { name: '     ' });
    await next(user, dialog);
    await waitFor(() => expect(nameInput(dialog)).toHaveAttribute('aria-invalid', 'true'));
    expect(descriptionOf(nameInput(dialog))).toContain('Enter a name for the API token.');
    expect(currentStep(dialog)).toContain('General');
  });

  test('a name of only characters that draw nothing is refused, with a message of its own', async () => {
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    const name = nameInput(dialog);
    // Zero-width space, braille pattern blank, Hangul filler, word joiner and a lone combining mark.
    fireEvent.change(name, { target: { value: ' \u200B\u2800\u3164\u2060\u0301 ' } });
    await next(user, dialog);
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(descriptionOf(name)).toContain('Enter a name with visible characters.');
    expect(name).toHaveFocus();
    expect(currentStep(dialog)).toContain('General');

    // One visible character among blanks is a name (a zero-width space, a Hangul filler or a braille pattern blank
    // beside it has a message of its own).
    fireEvent.change(name, { target: { value: ' \u00A0R2\u3000 ' } });
    await waitFor(() => expect(name).not.toHaveAttribute('aria-invalid'));
    await next(user, dialog);
    await waitFor(() => expect(currentStep(dialog)).toContain('Modules'));
  });

  test('a name with a zero-width space or a direction control is refused, naming the character', async () => {
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    const name = nameInput(dialog);
    // Looks like "Buildbot", and is not.
    fireEvent.change(name, { target: { value: 'Build\u200Bbot' } });
    await next(user, dialog);
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(descriptionOf(name)).toContain('Remove the hidden character (zero-width space) from the name.');
    expect(name).toHaveFocus();
    expect(currentStep(dialog)).toContain('General');

    // A right-to-left override shows "Invoice exe.pdf"; its message names what it is.
    fireEvent.change(name, { target: { value: 'Invoice \u202Efdp.exe' } });
    await waitFor(() =>
      expect(descriptionOf(name)).toContain(
        'Remove the hidden character (text direction control) from the name.',
      ),
    );
    await next(user, dialog);
    expect(currentStep(dialog)).toContain('General');

    // A soft hyphen shows only where a line breaks, so "Build\u00ADbot" reads as "Buildbot" in the grid.
    fireEvent.change(name, { target: { value: 'Build\u00ADbot' } });
    await waitFor(() =>
      expect(descriptionOf(name)).toContain('Remove the hidden character (soft hyphen) from the name.'),
    );
    // A Hangul filler is a blank that is no space: "Build\u3164bot" reads as "Build bot".
    fireEvent.change(name, { target: { value: 'Build\u3164bot' } });
    await waitFor(() =>
      expect(descriptionOf(name)).toContain('Remove the hidden character (Hangul filler) from the name.'),
    );
    // So is the braille pattern blank, which fonts draw as an empty cell.
    fireEvent.change(name, { target: { value: 'Build\u2800bot' } });
    await waitFor(() =>
      expect(descriptionOf(name)).toContain(
        'Remove the hidden character (braille pattern blank) from the name.',
      ),
    );
    fireEvent.change(name, { target: { value: 'Build\u2062bot' } });
    await waitFor(() =>
      expect(descriptionOf(name)).toContain(
        'Remove the hidden character (invisible operator) from the name.',
      ),
    );
    fireEvent.change(name, { target: { value: 'Build\u034Fbot' } });
    await waitFor(() =>
      expect(descriptionOf(name)).toContain(
        'Remove the hidden character (combining grapheme joiner) from the name.',
      ),
    );
    await next(user, dialog);
    expect(currentStep(dialog)).toContain('General');

    // The joiners stay: an emoji family and Persian need them.
    fireEvent.change(name, { target: { value: '👨\u200D👩\u200D👧 می\u200Cخواهم' } });
    await waitFor(() => expect(name).not.toHaveAttribute('aria-invalid'));
    await next(user, dialog);
    await waitFor(() => expect(currentStep(dialog)).toContain('Modules'));
  });

  test('a typed or pasted hidden character: its error offers to remove it, as it cannot be seen to be deleted', async () => {
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    const name = nameInput(dialog);
    const remove = () => within(dialog).queryByRole('button', { name: 'Remove hidden characters' });
    fireEvent.change(name, { target: { value: 'Build\u200Bbot \u2800\u3164v2' } });
    // Not before the name is checked: a button under a field that says nothing yet would be a riddle.
    expect(remove()).not.toBeInTheDocument();
    await next(user, dialog);
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    await user.click(remove()!);
    // Taken out, the blank-drawn ones as a space, as the name looked (and runs of spaces as one, as names are).
    expect(name).toHaveValue('Buildbot v2');
    expect(name).toHaveFocus();
    await waitFor(() => expect(name).not.toHaveAttribute('aria-invalid'));
    expect(remove()).not.toBeInTheDocument();
    await next(user, dialog);
    await waitFor(() => expect(currentStep(dialog)).toContain('Modules'));
  });

  test('a name longer than 255 characters is refused; 255 is fine', async () => {
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    const name = nameInput(dialog);
    fireEvent.change(name, { target: { value: 'x'.repeat(256) } });
    await next(user, dialog);
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(descriptionOf(name)).toContain('The name can be at most 255 characters.');
    expect(currentStep(dialog)).toContain('General');

    fireEvent.change(name, { target: { value: 'x'.repeat(255) } });
    await waitFor(() => expect(name).not.toHaveAttribute('aria-invalid'));
    await next(user, dialog);
    await waitFor(() => expect(currentStep(dialog)).toContain('Modules'));
  });

  test('a description longer than 2,000 characters is refused, with a counter', async () => {
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await fillGeneral(user, dialog, { name: 'Robot' });
    const description = within(dialog).getByRole('textbox', { name: 'Description' });
    expect(descriptionOf(description)).toContain('0 of 2,000 characters used');

    fireEvent.change(description, { target: { value: 'd'.repeat(2001) } });
    expect(within(dialog).getByText('2,001 / 2,000')).toBeInTheDocument();
    await next(user, dialog);
    await waitFor(() => expect(description).toHaveAttribute('aria-invalid', 'true'));
    expect(descriptionOf(description)).toContain('The description can be at most 2,000 characters.');
    expect(description).toHaveFocus();

    fireEvent.change(description, { target: { value: 'd'.repeat(2000) } });
    await next(user, dialog);
    await waitFor(() => expect(currentStep(dialog)).toContain('Modules'));
  });

  test('emoji count as one character each, in the counter, the checks and the server alike', async () => {
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    const name = nameInput(dialog);
    const description = within(dialog).getByRole('textbox', { name: 'Description' });

    // One over either limit, counted in characters, is refused before anything is sent.
    fireEvent.change(name, { target: { value: '🔑'.repeat(256) } });
    fireEvent.change(description, { target: { value: '🔑'.repeat(2001) } });
    expect(within(dialog).getByText('2,001 / 2,000')).toBeInTheDocument();
    await next(user, dialog);
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(descriptionOf(name)).toContain('The name can be at most 255 characters.');
    expect(descriptionOf(description)).toContain('The description can be at most 2,000 characters.');

    // At the limits (twice as many UTF-16 units) the form lets them through, and the server agrees.
    fireEvent.change(name, { target: { value: '🔑'.repeat(255) } });
    fireEvent.change(description, { target: { value: '🔑'.repeat(2000) } });
    expect(within(dialog).getByText('2,000 / 2,000')).toBeInTheDocument();
    expect(descriptionOf(description)).toContain('2,000 of 2,000 characters used');
    await next(user, dialog);
    await waitFor(() => expect(currentStep(dialog)).toContain('Modules'));
    await chooseModules(user, dialog, ['Billing']);
    await next(user, dialog);
    await within(dialog).findByRole('heading', { name: /Overview/ });
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(currentStep(dialog)).toContain('Summary'));
    expect(mockBackend.db.listTokens().some((token) => token.name === '🔑'.repeat(255))).toBe(true);
  });

  test('a logo must be a .jpg or .png by type and by extension, and at most 5 MB', async () => {
    renderModule({ path: '/new' });
    const dialog = await findWizard();
    const input = within(dialog).getByLabelText('Add logo');
    const pick = (file: File) => fireEvent.change(input, { target: { files: [file] } });

    const cases: Array<[File, string]> = [
      [new File(['GIF89a'], 'logo.gif', { type: 'image/gif' }), 'The logo must be a .jpg or .png image.'],
      [pngFile('logo.gif', 'image/png'), 'The logo must be a .jpg or .png image.'],
      [pngFile('logo.png', 'text/plain'), 'The logo must be a .jpg or .png image.'],
      // Name and type must name the same format.
      [pngFile('logo.jpg', 'image/png'), 'The logo must be a .jpg or .png image.'],
      [pngFile('logo.png', 'image/jpeg'), 'The logo must be a .jpg or .png image.'],
      [withSize(pngFile('big.png'), 5 * 1024 * 1024 + 1), 'The logo must be 5 MB or smaller.'],
      [new File([], 'empty.png', { type: 'image/png' }), 'The logo file is empty.'],
    ];
    for (const [file, message] of cases) {
      pick(file);
      await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
      expect(descriptionOf(input)).toContain(message);
      // Nothing was taken: there is still no logo to remove.
      expect(within(dialog).queryByRole('button', { name: 'Remove logo' })).not.toBeInTheDocument();
    }

    // Exactly 5 MB is allowed, and a valid file clears the message.
    pick(withSize(pngFile('max.png'), 5 * 1024 * 1024));
    await waitFor(() => expect(input).not.toHaveAttribute('aria-invalid'));
    expect(within(dialog).getByText('Chosen: max.png')).toBeInTheDocument();
  });

  test('a file that is no image inside is refused when it is picked, and the logo chosen before stays', async () => {
    renderModule({ path: '/new' });
    const dialog = await findWizard();
    const input = within(dialog).getByLabelText('Add logo');
    fireEvent.change(input, { target: { files: [pngFile('good.png')] } });
    expect(await within(dialog).findByText('Chosen: good.png')).toBeInTheDocument();

    fireEvent.change(within(dialog).getByLabelText('Change logo'), { target: { files: [pdfAsPng()] } });
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(descriptionOf(input)).toContain('The logo must be a .jpg or .png image.');
    expect(within(dialog).getByText('Chosen: good.png')).toBeInTheDocument();
    expect(within(dialog).queryByText('Chosen: report.png')).not.toBeInTheDocument();
  });

  test('Next waits while a picked logo is read, and stays on General when it is no image', async () => {
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await fillGeneral(user, dialog, { name: 'Robot' });
    const input = within(dialog).getByLabelText('Add logo');
    const { file, release } = withHeldReads(pdfAsPng());
    fireEvent.change(input, { target: { files: [file] } });

    await next(user, dialog);
    expect(currentStep(dialog)).toContain('General');
    release();
    await waitFor(() => expect(descriptionOf(input)).toContain('The logo must be a .jpg or .png image.'));
    expect(currentStep(dialog)).toContain('General');
    // The file was not kept: there is no logo to send.
    expect(within(dialog).getByRole('img', { name: 'No logo' })).toBeInTheDocument();
  });

  test('a picked logo that cannot be read says so, and is not taken', async () => {
    renderModule({ path: '/new' });
    const dialog = await findWizard();
    const input = within(dialog).getByLabelText('Add logo');
    const file = pngFile('moved.png');
    // What a browser does with a file deleted since it was picked.
    Object.defineProperty(file, 'slice', {
      value: () => ({ arrayBuffer: () => Promise.reject(new DOMException('Gone', 'NotReadableError')) }),
    });
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() =>
      expect(descriptionOf(input)).toContain('The logo file could not be read. Choose it again.'),
    );
    expect(within(dialog).getByRole('img', { name: 'No logo' })).toBeInTheDocument();
  });

  test('a chosen logo is previewed and can be removed; a .jpg passes too', async () => {
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await user.upload(
      within(dialog).getByLabelText('Add logo'),
      new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'photo.JPG', { type: 'image/jpeg' }),
    );
    const preview = within(dialog).getByRole('img', { name: 'Logo preview' });
    await waitFor(() => expect(preview.querySelector('img')?.getAttribute('src')).toMatch(/^blob:/));
    expect(within(dialog).getByText('Chosen: photo.JPG')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Remove logo' }));
    expect(within(dialog).getByRole('img', { name: 'No logo' })).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Add logo')).toHaveFocus();
  });
});

/**
 * The grid behind the wizard has read the account's tokens, and with them the account's type: modules meant for
 * other types of account are then no longer offered.
 */
async function gridRead() {
  await findRowMenuButton(firstPageTokens()[0]?.name as string);
}

describe('Add API token wizard: Modules step', () => {
  test('lists the account modules with descriptions; at least one is required', async () => {
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await gridRead();
    await fillGeneral(user, dialog, { name: 'Robot' });
    await next(user, dialog);
    await waitFor(() => expect(currentStep(dialog)).toContain('Modules'));

    // Those meant for the account's type.
    const boxes = await within(dialog).findAllByRole('checkbox');
    const { account } = mockBackend.db;
    expect(boxes).toHaveLength(
      mockBackend.db.listModules().filter((m) => m.accountTypes.includes(account.type)).length,
    );
    const access = within(dialog).getByRole('checkbox', { name: 'Access Management' });
    expect(access).toHaveAccessibleDescription(mockBackend.db.getModule('MOD-1756')?.description ?? '');

    await next(user, dialog);
    await waitFor(() => expect(boxes[0]).toHaveAttribute('aria-invalid', 'true'));
    expect(within(dialog).getByText('Choose at least one module.')).toBeInTheDocument();
    expect(boxes[0]).toHaveFocus();
    expect(currentStep(dialog)).toContain('Modules');

    await user.click(access);
    await waitFor(() =>
      expect(within(dialog).queryByText('Choose at least one module.')).not.toBeInTheDocument(),
    );
    await next(user, dialog);
    await waitFor(() => expect(currentStep(dialog)).toContain('Overview'));
  });

  test('the module search finds an accented name however the accent was typed', async () => {
    // One module with an accent in its name, saved composed ("é" is U+00E9).
    serveModulesChanged((module) =>
      module.name === 'Billing' ? { ...module, name: 'Facturaci\u00f3n' } : module,
    );
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await gridRead();
    await fillGeneral(user, dialog, { name: 'Robot' });
    await next(user, dialog);
    await within(dialog).findByRole('checkbox', { name: 'Facturaci\u00f3n' });

    // Typed with a combining accent: "o" and U+0301, which looks the same.
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search modules' }), 'FACTURACIO\u0301');
    expect(within(dialog).getAllByRole('checkbox')).toHaveLength(1);
    expect(within(dialog).getByRole('checkbox', { name: 'Facturaci\u00f3n' })).toBeInTheDocument();
  });

  test('search filters the list; select all / none act on the modules shown', async () => {
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await gridRead();
    await fillGeneral(user, dialog, { name: 'Robot' });
    await next(user, dialog);
    await within(dialog).findAllByRole('checkbox');

    const search = within(dialog).getByRole('searchbox', { name: 'Search modules' });
    await user.type(search, 'account');
    // Matches names and descriptions, case-insensitively.
    const choosable = () => within(dialog).getAllByRole('checkbox');
    const shown = choosable();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(mockBackend.db.listModules().length);
    expect(within(dialog).getByRole('checkbox', { name: 'Account Management' })).toBeInTheDocument();

    const selectShown = within(dialog).getByRole('button', { name: 'Select all shown' });
    await user.click(selectShown);
    for (const box of choosable()) expect(box).toBeChecked();
    expect(within(dialog).getByText(new RegExp(`${shown.length} of 12 selected`))).toBeInTheDocument();
    // Nothing left for it to do: it says so and keeps focus (a disabled button would drop it).
    expect(selectShown).toHaveAttribute('aria-disabled', 'true');
    expect(selectShown).toHaveFocus();

    // Enter in the search box filters, it does not submit the step.
    await user.type(search, '{Enter}');
    expect(currentStep(dialog)).toContain('Modules');

    await user.clear(search);
    expect(choosable()).toHaveLength(12);
    expect(choosable().filter((box) => (box as HTMLInputElement).checked)).toHaveLength(shown.length);

    await user.click(within(dialog).getByRole('button', { name: 'Select all' }));
    expect(choosable().every((box) => (box as HTMLInputElement).checked)).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Select none' }));
    expect(
      within(dialog)
        .getAllByRole('checkbox')
        .some((box) => (box as HTMLInputElement).checked),
    ).toBe(false);

    // Escape in the search box clears it, and leaves the dialog open.
    await user.type(search, 'bil');
    await user.keyboard('{Escape}');
    expect(search).toHaveValue('');
    expect(choosable()).toHaveLength(12);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(currentStep(dialog)).toContain('Modules');

    await user.type(search, 'zzz-nothing');
    expect(within(dialog).getByText('No module matches “zzz-nothing”.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Clear search' }));
    expect(choosable()).toHaveLength(12);
    // Clear search goes with the message: focus goes to the search, empty, rather than to the dialog.
    expect(search).toHaveValue('');
    expect(search).toHaveFocus();
  });

  test('shows loading, then a failure with Retry', async () => {
    mockBackend.setScenario({ failures: { modules: 500 } });
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await fillGeneral(user, dialog, { name: 'Robot' });
    await next(user, dialog);
    expect(within(dialog).getByRole('status', { name: 'Loading modules…' })).toBeInTheDocument();
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the modules');

    mockBackend.reset();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    const first = await within(dialog).findByRole('checkbox', { name: 'Access Management' });
    // The Retry went with its failure: focus lands on what it brought back, not on the dialog as a whole.
    await waitFor(() => expect(first).toHaveFocus());
  });

  test('Next with a search that hides every module, none chosen, puts focus on the Modules group', async () => {
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await fillGeneral(user, dialog, { name: 'Robot' });
    await next(user, dialog);
    await user.type(await within(dialog).findByRole('searchbox'), 'zzz-nothing');
    expect(within(dialog).getByText('No module matches “zzz-nothing”.')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    const group = within(dialog).getByRole('group', { name: 'Modules' });
    await waitFor(() => expect(group).toHaveFocus());
    expect(group).toHaveAccessibleDescription(expect.stringContaining('Choose at least one module.'));
  });

  test('Next while the modules cannot be read puts focus on the Modules group, which says why, before the failure', async () => {
    mockBackend.setScenario({ failures: { modules: 500 } });
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await fillGeneral(user, dialog, { name: 'Robot' });
    await next(user, dialog);
    const alert = await within(dialog).findByRole('alert');

    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    const group = within(dialog).getByRole('group', { name: 'Modules' });
    await waitFor(() => expect(group).toHaveFocus());
    expect(group).toHaveAccessibleDescription(expect.stringContaining('Choose at least one module.'));
    // Next in the keyboard's way: the failure (its Trace ID, then Retry).
    await user.tab();
    expect(alert).toContainElement(document.activeElement as HTMLElement);
  });

  test('Back keeps what was entered', async () => {
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await fillGeneral(user, dialog, { name: 'Keep me', description: 'And me' });
    await next(user, dialog);
    await chooseModules(user, dialog, ['Billing']);
    await user.click(within(dialog).getByRole('button', { name: 'Back' }));
    expect(nameInput(dialog)).toHaveValue('Keep me');
    expect(within(dialog).getByRole('textbox', { name: 'Description' })).toHaveValue('And me');
    await next(user, dialog);
    expect(await within(dialog).findByRole('checkbox', { name: 'Billing' })).toBeChecked();
    expect(screen.getByRole('dialog', { name: 'Add API token' })).toBe(dialog);
  });
});
