/** The tours of the index as links with thumbnails: shared by the "Tours" menu and the `/tours` page. */
import './tours.css';
import { localize } from '../tour/text';
import { tourHref, type TourIndex } from '../tour/tourIndex';

interface Props {
  index: TourIndex;
  /** Where the index came from: thumbnails resolve against it. */
  indexUrl: string;
  language: string;
  current?: string | undefined;
  /** Show descriptions (the page) or titles only (the menu). */
  detailed?: boolean;
}

export function TourList({ index, indexUrl, language, current, detailed = false }: Props) {
  return (
    <ul className={`tour-list${detailed ? ' tour-list--detailed' : ''}`}>
      {index.tours.map((entry) => {
        const title = localize(entry.title, language, 'en');
        return (
          <li key={entry.id}>
            <a href={tourHref(entry.id, language)} data-tour-link={entry.id} aria-current={entry.id === current ? 'page' : undefined}>
              {entry.thumbnail && <img src={new URL(entry.thumbnail, indexUrl).href} alt="" width={240} height={135} loading="lazy" />}
              <span className="tour-list__title">{title}</span>
              {detailed && entry.description && <span className="tour-list__description">{localize(entry.description, language, 'en')}</span>}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
