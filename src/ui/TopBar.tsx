/** The bar across the top of a tour; nothing until a tour is loaded. */
import { useTour } from '../state/hooks';
import { TourTopBar } from './TourTopBar';

export function TopBar() {
  const tour = useTour((s) => s.tour);
  if (!tour) return null;
  return <TourTopBar />;
}
