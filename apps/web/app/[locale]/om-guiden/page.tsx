import { aboutRoute } from '../../../src/guide/about-page.tsx';

const route = aboutRoute('sv');

/** `/sv/om-guiden/`: what the Swedish edition is and every change it made. Only `sv` has this path. */
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
