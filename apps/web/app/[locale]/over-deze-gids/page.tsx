import { aboutRoute } from '../../../src/guide/about-page.tsx';

const route = aboutRoute('nl');

/** `/nl/over-deze-gids/`: what the Dutch edition is and every change it made. Only `nl` has this path. */
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
