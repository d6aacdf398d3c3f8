import type { SameKeys } from '../../types';
import type { words as zhHans } from './zh-Hans';

/** The shell area's words in English, with exactly zh-Hans's keys. */
export const words: SameKeys<typeof zhHans> = {
  attract: {
    touch: 'Touch the screen to start',
    welcome: 'Welcome to {{centre}}',
    spoken: 'Hello! Touch the screen to start.',
  },
  home: {
    title: 'What would you like to do?',
    prompt: 'Hello! Please choose what you would like to do.',
  },
  jobs: {
    activities: "Today's activities",
    about: 'About this centre',
    meals: 'Book a meal',
    help: 'Call for help',
    subsidies: 'Check subsidies',
    lessons: 'Phone lessons',
  },
  bar: {
    home: 'Home',
    back: 'Back',
    hearAgain: 'Hear again',
    quieter: 'Quieter',
    louder: 'Louder',
    textSize: 'Text size',
    language: 'Language',
  },
  textSizeName: { normal: 'normal', large: 'large', largest: 'largest' },
  textSizeSpoken: 'Text size: {{size}}',
  volumeSample: 'Is this loud enough to hear?',
  header: {
    callStaff: 'Call staff',
    emergency: 'Emergency',
    clock: '{{weekday}} {{day}}/{{month}} {{time}}',
    clockShort: '{{weekday}} {{time}}',
  },
  session: {
    using: '{{name}} is using this',
    done: "I'm done",
  },
  weekday: {
    '1': 'Monday',
    '2': 'Tuesday',
    '3': 'Wednesday',
    '4': 'Thursday',
    '5': 'Friday',
    '6': 'Saturday',
    '7': 'Sunday',
  },
  idle: {
    title: 'Are you still there?',
    message_one: 'Going back to the start in {{count}} second.',
    message_other: 'Going back to the start in {{count}} seconds.',
    more: 'I need more time',
    spoken: 'Are you still there? If you need more time, press "I need more time".',
  },
  language: {
    ownName: 'English',
    title: 'Choose a language',
    prompt: 'Please choose the language you read best.',
  },
  callStaff: {
    title: 'Find a member of staff',
    where: 'Staff are at: {{place}}',
    phones: 'Phone numbers',
    cannot: 'This kiosk cannot call staff now.',
    cannotPrompt:
      'This kiosk cannot call staff now. Please go to {{place}} to find staff, or phone {{number}}.',
    goSpoken: '{{message}} Please go to {{place}} to find staff, or phone {{number}}.',
    sending: { title: 'Calling staff', message: 'Calling staff. Please wait a moment.' },
    notSent: {
      title: 'The call was not sent',
      message:
        'Staff cannot be reached now, so the call was not sent. It will go when the connection is back; please do not wait.',
    },
    refused: {
      title: 'The call was not sent',
      message: 'The call did not reach staff.',
    },
    sent: {
      title: 'Staff have been told',
      message: 'Staff have been asked to come here. Please wait here.',
    },
    acknowledged: {
      title: 'Staff are on their way',
      message: '{{name}} from the staff is on the way.',
      noName: 'A member of staff is on the way.',
    },
    closed: { title: 'The call is over', message: 'Staff have dealt with this call.' },
  },
  emergency: {
    title: 'In an emergency, phone now',
    prompt:
      'If you are in danger, call out loudly to the people near you. Ambulance: {{ambulance}}. Centre duty phone: {{duty}}. Staff are at {{place}}.',
    shout: 'Call out loudly to the people near you',
    ambulance: 'Ambulance',
    duty: 'Centre duty phone',
    where: 'Staff are at: {{place}}',
  },
  error: {
    what: 'Something went wrong on this screen.',
    next_one:
      'Going back to the home screen in {{count}} second. You can also press the button below now.',
    next_other:
      'Going back to the home screen in {{count}} seconds. You can also press the button below now.',
    goHome: 'Go to the home screen',
  },
  loading: {
    what: 'Opening, please wait.',
  },
  loadFailed: {
    what: 'This cannot be opened just now.',
    next: 'Please go back to the home screen and try again. For help, press "Call staff" at the top right.',
    goHome: 'Go to the home screen',
  },
  offline: 'No network now: some things cannot be used for the moment',
};
