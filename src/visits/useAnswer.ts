/** Runs a request when `key` changes and keeps its answer (undefined while it runs); a newer request wins. */
import { useEffect, useState } from 'react';
import type { Answer } from './api';

export function useAnswer<T>(key: string, run: () => Promise<Answer<T>>): [Answer<T> | undefined, (answer: Answer<T>) => void, () => void] {
  const [answer, setAnswer] = useState<Answer<T> | undefined>(undefined);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    void run().then((a) => {
      if (current) setAnswer(a);
    });
    return () => {
      current = false;
    };
    // `run` is a new function each render; `key` and `round` say when to ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, round]);
  return [answer, setAnswer, () => setRound((r) => r + 1)];
}
