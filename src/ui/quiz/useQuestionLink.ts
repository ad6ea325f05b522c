import { useEffect } from 'react';
import { linkedQuestionId, withoutLinkedQuestion } from './question-link';
import { openQuestionLink } from './store';

/**
 * Opens the question an address such as `?tool=quiz&q=<id>` names, once, when the quiz appears.
 * The parameter is then taken out of the address (the history entry is replaced, not added): the
 * other tools' links are built from the current address, and the Event sources page would read a
 * leftover `q` as its search text.
 *
 * Read in an effect, not during render: when the learner arrives from the Event sources page, its
 * own `q` is removed as that page unmounts, which happens before this runs.
 */
export function useQuestionLink(): void {
  useEffect(() => {
    const { pathname, search, hash } = window.location;
    const id = linkedQuestionId(search);
    if (id === null) return;
    openQuestionLink(id, Date.now());
    const rest = withoutLinkedQuestion(search);
    window.history.replaceState(window.history.state, '', `${pathname}${rest}${hash}`);
  }, []);
}
