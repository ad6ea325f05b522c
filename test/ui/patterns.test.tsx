import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import PatternPlayground from '../../src/ui/tools/patterns/PatternPlayground';

function setup() {
  const user = userEvent.setup();
  render(<PatternPlayground />);
  const patternBox = () => screen.getByRole('textbox', { name: 'Event pattern' });
  const eventBox = () => screen.getByRole('textbox', { name: 'Event' });
  const text = (box: HTMLElement) => (box as HTMLTextAreaElement).value;
  const verdict = () => screen.getByRole('status');
  return { user, patternBox, eventBox, verdict, text };
}

/** user-event reads "{" and "[" as key names; doubled, they are typed as themselves. */
const literally = (text: string) => text.replace(/[{[]/g, '$&$&');

describe('the event pattern playground', () => {
  it('opens on a sample event and a pattern that matches it', async () => {
    const { patternBox, eventBox, verdict, text } = setup();
    expect(text(patternBox())).toContain('"anything-but"');
    expect(text(eventBox())).toContain('"source": "aws.ec2"');
    expect(verdict()).toHaveTextContent(/^Match$/);
    expect(
      screen.getByRole('button', { name: /Amazon EC2 Instance state change/ }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows No match with the failing field and operator, then Match once fixed', async () => {
    const { user, patternBox, eventBox, verdict } = setup();
    await user.clear(eventBox());
    await user.click(eventBox());
    await user.paste('{"source": "aws.ec2", "detail": {"state": "stopped", "count": 3}}');
    await user.clear(patternBox());
    await user.type(
      patternBox(),
      literally(
        '{"source": ["aws.ec2"], "detail": {"state": ["running"], "count": [{"numeric": [">", 5]}]}}',
      ),
    );

    // Wait for the verdict on the whole pattern, not an earlier one from half-typed text.
    const card = verdict().closest('section')!;
    const state = (await within(card).findByText('detail.state')).closest('li')!;
    expect(verdict()).toHaveTextContent(/^No match$/);
    expect(state).toHaveTextContent('exact value');
    expect(state).toHaveTextContent('Value "stopped" is not "running"');
    const count = within(card).getByText('detail.count').closest('li')!;
    expect(count).toHaveTextContent('numeric');
    expect(count).toHaveTextContent('Value 3 does not satisfy > 5');

    await user.clear(patternBox());
    await user.type(patternBox(), literally('{"detail": {"state": ["stopped"]}}'));
    await waitFor(() => expect(verdict()).toHaveTextContent(/^Match$/));
    expect(within(card).queryByText('detail.state')).not.toBeInTheDocument();
  });

  it('groups the failures of an $or by branch', async () => {
    const { user, patternBox, verdict } = setup();
    await user.clear(patternBox());
    await user.click(patternBox());
    await user.paste(
      '{"detail": {"$or": [{"state": ["running"]}, {"instance-id": [{"prefix": "i-9"}]}]}}',
    );
    await waitFor(() => expect(verdict()).toHaveTextContent(/^No match$/));
    const card = verdict().closest('section')!;
    expect(card).toHaveTextContent('$or in detail: at least one branch must match, and none did.');
    const [first, second] = within(card)
      .getAllByRole('listitem', { name: '' })
      .filter((li) => li.classList.contains('failures__branch'));
    expect(first).toHaveTextContent('Branch 1');
    expect(first).toHaveTextContent('detail.$or[0].state');
    expect(second).toHaveTextContent('Branch 2');
    expect(second).toHaveTextContent('detail.$or[1].instance-id');
    expect(second).toHaveTextContent('prefix');
  });

  it('reports invalid JSON with its line and column, and keeps the text as typed', async () => {
    const { user, patternBox, verdict } = setup();
    const broken = '{\n  "source": ["aws.ec2"],\n}';
    await user.clear(patternBox());
    await user.click(patternBox());
    await user.paste(broken);
    await waitFor(() =>
      expect(patternBox()).toHaveAccessibleDescription(
        expect.stringContaining(
          'Line 3, column 1: A comma cannot come just before the closing }: remove it',
        ),
      ),
    );
    expect(verdict()).toHaveTextContent('No verdict yet');
    expect(patternBox()).toHaveAttribute('aria-invalid', 'true');
    expect(patternBox()).toHaveValue(broken);

    // Format leaves broken text alone and puts the caret on the problem.
    await user.click(screen.getByRole('button', { name: 'Format event pattern' }));
    expect(patternBox()).toHaveValue(broken);
    expect(patternBox()).toHaveFocus();
    expect((patternBox() as HTMLTextAreaElement).selectionStart).toBe(broken.lastIndexOf('}'));
  });

  it('shows why valid JSON is not a valid pattern', async () => {
    const { user, patternBox, verdict } = setup();
    await user.clear(patternBox());
    await user.type(patternBox(), literally('{"source": "aws.ec2"}'));
    await waitFor(() => expect(verdict()).toHaveTextContent('No verdict yet'));
    expect(
      await screen.findByText(
        'source: must be an array of values to match (or an object of nested fields), got "aws.ec2"',
      ),
    ).toBeVisible();
    expect(patternBox()).toHaveValue('{"source": "aws.ec2"}');
  });

  it('refuses a wildcard too complex to match, saying how to simplify it', async () => {
    const { user, patternBox, verdict } = setup();
    await user.clear(patternBox());
    await user.type(patternBox(), literally('{"resources": [{"wildcard": "*:*:*:*:*:bus/*"}]}'));
    await waitFor(() => expect(verdict()).toHaveTextContent('No verdict yet'));
    expect(
      screen.getByText(
        'resources: "wildcard" "*:*:*:*:*:bus/*": is too complex: a value could keep 6 partial matches going at once (at most 5); use fewer "*" characters, or fewer repeated characters after a "*"',
      ),
    ).toBeVisible();
  });

  it('formats valid JSON: one field per line, short values inline', async () => {
    const { user, eventBox } = setup();
    await user.clear(eventBox());
    await user.click(eventBox());
    await user.paste('{"source":"x","detail":{"a":1}}');
    await user.click(screen.getByRole('button', { name: 'Format event' }));
    expect(eventBox()).toHaveValue('{\n  "source": "x",\n  "detail": { "a": 1 }\n}');
  });

  it('loads a sample event with one click, and a suggested pattern with another', async () => {
    const { user, patternBox, eventBox, verdict, text } = setup();
    const s3 = screen.getByRole('button', { name: /Amazon S3 Object created/ });
    await user.click(s3);
    expect(s3).toHaveAttribute('aria-pressed', 'true');
    expect(text(eventBox())).toContain('"detail-type": "Object Created"');
    expect(text(eventBox())).toContain('"key": "uploads/2026/11/beach.jpg"');

    // The EC2 pattern still in the editor does not fit an S3 event.
    await waitFor(() => expect(verdict()).toHaveTextContent(/^No match$/));

    const suggestion = screen.getByRole('button', { name: /Files from 1 MiB up to 10 MiB/ });
    expect(suggestion).toHaveTextContent('numeric range');
    await user.click(suggestion);
    expect(suggestion).toHaveAttribute('aria-pressed', 'true');
    expect(text(patternBox())).toContain('"size": [{ "numeric": [">=", 1048576, "<", 10485760] }]');
    await waitFor(() => expect(verdict()).toHaveTextContent(/^Match$/));
  });

  it('has a collapsible operators cheat sheet', async () => {
    const { user } = setup();
    const summary = screen.getByText('Operators cheat sheet');
    const details = summary.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    await user.click(summary);
    expect(details).toHaveAttribute('open');
    for (const name of ['prefix', 'anything-but', 'numeric', 'exists', 'wildcard', 'cidr', '$or']) {
      expect(within(details).getByText(name, { selector: 'dt' })).toBeVisible();
    }
  });
});
