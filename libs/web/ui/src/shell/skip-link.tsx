import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './skip-link.module.css';

export const MAIN_CONTENT_ID = 'main-content';

export function SkipLink() {
  const { t } = useTranslation();

  // Moving focus explicitly works in every browser and keeps '#main-content' out of the router's URL.
  function focusMain(event: MouseEvent<HTMLAnchorElement>) {
    const main = document.getElementById(MAIN_CONTENT_ID);
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView();
  }

  return (
    <a className={classes.link} href={`#${MAIN_CONTENT_ID}`} onClick={focusMain}>
      {t('app.skipToContent')}
    </a>
  );
}
