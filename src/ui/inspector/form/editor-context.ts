import { createContext, useContext } from 'react';
import type { DocPath } from '../../../scenario/edit-path';

/** What every field of the inspector's form needs: how to edit, and its errors. */
export interface Editor {
  readonly edit: (path: DocPath, value: unknown) => void;
  /** The parser's messages for the field (or group) at this dotted path. */
  readonly errorsAt: (key: string) => readonly string[];
}

export const EditorContext = createContext<Editor>({ edit: () => {}, errorsAt: () => [] });

export function useEditor(): Editor {
  return useContext(EditorContext);
}
