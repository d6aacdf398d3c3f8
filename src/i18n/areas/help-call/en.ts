import type { SameKeys } from '../../types';
import type { words as zhHans } from './zh-Hans';

/** The helpCall area's words in English, with exactly zh-Hans's keys. */
export const words: SameKeys<typeof zhHans> = {
  countdown: {
    prompt: 'Calling staff in {{count}} seconds. If you do not need them, tap "Cancel".',
    what_one: 'Calling staff in {{count}} second',
    what_other: 'Calling staff in {{count}} seconds',
    cancel: 'Cancel, do not call',
  },
  call: {
    screenTitle: 'Emergency call',
    phonesSpoken: '{{label}}: {{number}}. Ambulance: {{ambulance}}.',
    dutyPhone: 'Centre duty phone',
    helpLine: 'Help line',
    ambulance: 'Ambulance',
    whereSpoken: 'Staff are at {{place}}.',
    where: 'Staff are at: {{place}}',
    alarmOn: 'An alarm is sounding to alert people nearby',
    allRight: 'I am all right, go home',
    sending: { title: 'Calling staff', message: 'Calling staff. Please wait.' },
    unreachable: {
      title: 'Staff cannot be reached right now',
      message:
        'Staff cannot be reached right now. Please phone this number now, or call out to the people near you.',
      retrying: 'This kiosk keeps trying by itself.',
    },
    refused: {
      title: 'The call did not get through',
      message:
        'The call did not reach staff. Please phone this number now, or call out to the people near you.',
    },
    sent: { title: 'Staff have been told', message: 'Staff have been told. Please wait.' },
    acknowledged: {
      title: 'Staff are on their way',
      message: '{{name}} from the staff is on the way.',
      noName: 'A member of staff is on the way.',
    },
    escalated: {
      title: 'Please phone now',
      message: 'Staff have not answered yet. Please phone this number now.',
    },
    closed: {
      title: 'The call has been dealt with',
      message: 'Staff have dealt with this call.',
      home: 'Back to home',
    },
  },
};
