import { locales } from '@rescind/core';

/**
 * The language chooser's only script, inlined so it runs before the page paints: a browser whose
 * preferred languages include Swedish or Dutch goes straight to that guide (the first of the two in
 * its list wins). Without JavaScript the page is a plain choice of two links.
 */
export const redirectScript = `(function(){try{var s=${JSON.stringify(locales)};var p=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language];for(var i=0;i<p.length;i++){var l=String(p[i]).toLowerCase().split('-')[0];if(s.indexOf(l)!==-1){location.replace('/'+l+'/');return}}}catch(e){}})();`;
