/** The syntax rules: what makes a header, a field or a line malformed as the language. */
import type { EntryCheck, JournalCheck } from '../types';
import { invalidDate, invalidTime } from './syntax/dateTime';
import { extraArgument } from './syntax/extraArgument';
import { duplicateField, misplacedField, unknownField } from './syntax/fieldKeys';
import { invalidFieldValue } from './syntax/fieldValues';
import { unknownKind } from './syntax/kind';
import { missingArgument } from './syntax/missingArgument';
import { sameCommunityCrossing } from './syntax/sameCommunityCrossing';
import { strayText } from './syntax/strayText';
import { unindentedBody } from './syntax/unindentedBody';
import { unknownTrajectoryKind } from './syntax/unknownTrajectoryKind';
import { unterminatedTitle } from './syntax/unterminatedTitle';

export const entryChecks: EntryCheck[] = [
  invalidDate,
  invalidTime,
  unknownKind,
  missingArgument,
  extraArgument,
  sameCommunityCrossing,
  unknownTrajectoryKind,
  unterminatedTitle,
  unindentedBody,
  unknownField,
  misplacedField,
  duplicateField,
  invalidFieldValue,
];

export const journalChecks: JournalCheck[] = [strayText];
