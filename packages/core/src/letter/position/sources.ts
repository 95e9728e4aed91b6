import type { Source } from './types.ts';

/**
 * The public pages law.md rests on. Statutes and rulings link to the official publication;
 * secondary sources link to the page law.md read, or to the site where law.md names only the site.
 */
export const sources = {
  avtalslagen: {
    title: 'Lag (1915:218) om avtal och andra rättshandlingar på förmögenhetsrättens område',
    url: 'https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-1915218-om-avtal-och-andra-rattshandlingar-pa_sfs-1915-218/',
  },
  las: {
    title: 'Lag (1982:80) om anställningsskydd (LAS)',
    url: 'https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-198280-om-anstallningsskydd_sfs-1982-80/',
  },
  lawlineBeforeStart: {
    title: 'Lawline: Uppsägning innan anställning påbörjats',
    url: 'https://lawline.se/answers/uppsagning-innan-anstallning-paborjats',
  },
  saljarnas: {
    title: 'Säljarnas Riksförbund: Kan jag säga upp mig innan jag tillträder?',
    url: 'https://saljarnas.se/kunskap-inspiration/vanliga-fragor/kan-jag-saga-upp-mig-innan-jag-tilltrader/',
  },
  lawline: { title: 'Lawline (lawline.se)', url: 'https://lawline.se/' },
  ledarna: { title: 'Ledarna (ledarna.se)', url: 'https://www.ledarna.se/' },
  unionen: { title: 'Unionen (unionen.se)', url: 'https://www.unionen.se/' },
  akavia: { title: 'Akavia (akavia.se)', url: 'https://www.akavia.se/' },
  handelsnytt: { title: 'Handelsnytt (handelsnytt.se)', url: 'https://handelsnytt.se/' },
  ka: { title: 'Kollega / KA (ka.se)', url: 'https://www.ka.se/' },
  akademikernasAkassa: {
    title: 'Akademikernas a-kassa (akademikernasakassa.se)',
    url: 'https://www.akademikernasakassa.se/',
  },
  bw7: {
    title: 'Burgerlijk Wetboek Boek 7 (wetten.overheid.nl)',
    url: 'https://wetten.overheid.nl/BWBR0005290/',
  },
  rbMne2025: {
    title: 'Rb. Midden-Nederland 24-07-2025, ECLI:NL:RBMNE:2025:3824',
    url: 'https://deeplink.rechtspraak.nl/uitspraak?id=ECLI:NL:RBMNE:2025:3824',
  },
  rbObr2025: {
    title: 'Rb. Oost-Brabant 05-06-2025, ECLI:NL:RBOBR:2025:3256',
    url: 'https://deeplink.rechtspraak.nl/uitspraak?id=ECLI:NL:RBOBR:2025:3256',
  },
  phr2024: {
    title: 'Parket bij de Hoge Raad 06-09-2024, ECLI:NL:PHR:2024:900',
    url: 'https://deeplink.rechtspraak.nl/uitspraak?id=ECLI:NL:PHR:2024:900',
  },
  bezoConsult: {
    title: 'HR 12-12-2008 (Bezo-Consult), conclusie ECLI:NL:PHR:2008:BG1213',
    url: 'https://deeplink.rechtspraak.nl/uitspraak?id=ECLI:NL:PHR:2008:BG1213',
  },
  vanGelderen: {
    title: 'Van Gelderen advocaten (vangelderen.nl)',
    url: 'https://www.vangelderen.nl/',
  },
  russell: { title: 'Russell Advocaten (russell.nl)', url: 'https://www.russell.nl/' },
  ontslagwinkel: {
    title: 'Ontslagwinkel (ontslagwinkel.nl)',
    url: 'https://www.ontslagwinkel.nl/',
  },
  juridischLoket: { title: 'Het Juridisch Loket', url: 'https://www.juridischloket.nl/' },
} as const satisfies Record<string, Source>;
