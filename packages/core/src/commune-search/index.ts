export { AncreCommuneSearch, communeLabel } from './commune-search.js';
export { CommuneSelectEvent, type CommuneSelectDetail } from './commune-search.events.js';
export { communeSearchStrings, type CommuneSearchStrings } from './commune-search.strings.js';
