import { useTour } from '../state/hooks';
import { strings } from './strings';

export function useStrings() {
  return strings(useTour((s) => s.language));
}
