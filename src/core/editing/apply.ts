import type { Venue } from '../venue/schema.ts';
import type { ApplyResult, EditCommand } from './commands.ts';
import { addHotspot, deleteHotspot, moveHotspot, setHotspotMedia, setHotspotRoom, setHotspotText, setHotspotView } from './hotspot-commands.ts';
import { addBeacon, deleteBeacon, moveBeacon, setBeaconIdentity, setBeaconTxPower } from './beacon-commands.ts';
import { addNavNode, connectNavNodes, deleteNavNode, disconnectNavNodes, moveNavNode, setNavNodeRoom } from './nav-commands.ts';
import { addTourStop, createTour, deleteTour, moveTourStop, removeTourStop, setStopNarration, setTourText } from './tour-commands.ts';
import { refuse, replaceVenue, restoreCollections } from './outcome.ts';

/**
 * Applies one edit command to a venue, without mutating it: the result shares
 * every untouched object with the input. A command with an unknown id or an
 * invalid value is refused with a message and nothing changes. Never throws:
 * commands may come from a file or another tab, so malformed ones are refused too.
 */
export function applyCommand(venue: Venue, command: EditCommand): ApplyResult {
  try {
    return dispatch(venue, command);
  } catch {
    // Only a malformed command (wrong shapes, missing fields) can get here.
    return refuse('the edit is malformed and was not applied');
  }
}

function dispatch(venue: Venue, c: EditCommand): ApplyResult {
  switch (c.type) {
    case 'addHotspot': return addHotspot(venue, c);
    case 'moveHotspot': return moveHotspot(venue, c);
    case 'deleteHotspot': return deleteHotspot(venue, c);
    case 'setHotspotText': return setHotspotText(venue, c);
    case 'setHotspotRoom': return setHotspotRoom(venue, c);
    case 'setHotspotView': return setHotspotView(venue, c);
    case 'setHotspotMedia': return setHotspotMedia(venue, c);
    case 'addBeacon': return addBeacon(venue, c);
    case 'moveBeacon': return moveBeacon(venue, c);
    case 'deleteBeacon': return deleteBeacon(venue, c);
    case 'setBeaconIdentity': return setBeaconIdentity(venue, c);
    case 'setBeaconTxPower': return setBeaconTxPower(venue, c);
    case 'addNavNode': return addNavNode(venue, c);
    case 'moveNavNode': return moveNavNode(venue, c);
    case 'setNavNodeRoom': return setNavNodeRoom(venue, c);
    case 'deleteNavNode': return deleteNavNode(venue, c);
    case 'connectNavNodes': return connectNavNodes(venue, c);
    case 'disconnectNavNodes': return disconnectNavNodes(venue, c);
    case 'createTour': return createTour(venue, c);
    case 'deleteTour': return deleteTour(venue, c);
    case 'moveTourStop': return moveTourStop(venue, c);
    case 'addTourStop': return addTourStop(venue, c);
    case 'removeTourStop': return removeTourStop(venue, c);
    case 'setStopNarration': return setStopNarration(venue, c);
    case 'setTourText': return setTourText(venue, c);
    case 'replaceVenue': return replaceVenue(venue, c);
    case 'restoreCollections': return restoreCollections(venue, c);
    default: return refuse(`unknown edit "${String((c as { type?: unknown }).type).slice(0, 40)}"`);
  }
}
