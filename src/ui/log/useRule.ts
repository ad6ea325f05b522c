import { useEffect, useState } from 'react';
import type { Rule } from '../../catalog/rules';

type Lookup = (id: string) => Rule | undefined;

let loaded: Lookup | null = null;
let loading: Promise<Lookup> | null = null;

/**
 * The rules' statements, sources and notes are only needed when someone asks "why?", so they are
 * fetched then, once, instead of weighing on the first page load.
 */
function loadRules(): Promise<Lookup> {
  loading ??= import('../../catalog/rules').then((m) => (loaded = m.ruleById));
  return loading;
}

/** The rule with this id once `wanted` is true and the rules have arrived; undefined until then. */
export function useRule(id: string, wanted: boolean): Rule | undefined {
  const [lookup, setLookup] = useState<Lookup | null>(() => loaded);
  useEffect(() => {
    if (!wanted || lookup !== null) return;
    let live = true;
    void loadRules().then((l) => live && setLookup(() => l));
    return () => {
      live = false;
    };
  }, [wanted, lookup]);
  return wanted && lookup !== null ? lookup(id) : undefined;
}
