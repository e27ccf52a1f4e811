/**
 * English texts of every a2f widget. Kept out of the main entry, so apps in Portuguese (the default) do
 * not download them: import the bundle and hand it to the provider.
 *
 * @example
 * import { en } from '@a2f/react/locales/en'
 * <A2FProvider store={store} locale={en}>
 */
import type { LocaleBundle } from '../i18n/locale-bundle.js'

const formatCount = (value: number) => value.toLocaleString('en')

export const en: LocaleBundle = {
  locale: 'en',
  messages: {
    common: {
      loading: 'Loading…',
      retry: 'Try again',
      cancel: 'Cancel',
      close: 'Close',
      back: 'Back',
      next: 'Next',
      save: 'Save',
      copy: 'Copy',
      copied: 'Copied',
      copyFailed: 'Could not copy',
      credentialStatus: { pending: 'Pending', validated: 'Validated' },
      twoFactorStatus: {
        mandatory: 'Mandatory',
        optional: 'Optional',
        unavailable: 'Unavailable',
        unknown: 'Unknown',
      },
      errors: {
        fallback: 'Something went wrong. Please try again.',
        NOT_FOUND: 'Credential not found. It may have been removed.',
        ALREADY_EXISTS: 'A credential with this id already exists.',
        CONFLICT: 'This credential was changed elsewhere. It was reloaded; check it and try again.',
        INVALID_INPUT: 'A field is invalid.',
        UNREADABLE_RECORD: 'This credential cannot be opened (corrupted data or unknown key).',
        WRONG_PASSPHRASE: 'Wrong vault passphrase.',
        LOCKED: 'The vault is locked. Unlock it to continue.',
        UNAVAILABLE: 'Storage is unavailable right now. Try again in a moment.',
        UNAUTHORIZED: 'You are not allowed to do this.',
        SECRET_WITHHELD: 'The server does not send keys to the browser.',
        CRYPTO_UNAVAILABLE: 'This browser lacks the cryptography a2f needs (WebCrypto).',
      },
    },
    countdown: {
      label: 'Verification code',
      timerLabel: 'Time until the next code',
      periodTimerLabel: 'Time until the next codes',
      seconds: (seconds) => `${seconds} s`,
      currentCode: (spelled) => `Current code: ${spelled}`,
      newCode: (spelled) => `New code: ${spelled}`,
      nextCode: (grouped) => `Next: ${grouped}`,
      nextCodeSpoken: (spelled) => `Next code: ${spelled}`,
      copy: 'Copy code',
      copiedAnnouncement: 'Code copied to the clipboard',
      loading: 'Loading code…',
      unreadable: {
        CIPHERTEXT: 'This credential cannot be opened: its encrypted data is corrupted or was altered.',
        KEY_UNKNOWN:
          'This credential cannot be opened: it was encrypted with a key this system does not have.',
        FORMAT: 'This credential cannot be opened: the stored record is malformed.',
      },
      unavailable: 'The code cannot be obtained right now.',
      noCode: 'No code to show.',
    },
    courtPicker: {
      label: 'Court and system',
      placeholder: 'E.g. TRF4, Paraná, PJe',
      hint: "Search by the court's acronym or name, the state or the system. Use the arrow keys to move and Enter to choose.",
      listLabel: 'Court systems',
      noResults: (query) => `No court system matches “${query}”.`,
      groups: {
        mandatory: '2FA mandatory',
        optional: '2FA optional',
        unknown: '2FA unknown',
        unavailable: 'No 2FA',
      },
      systemNames: { eproc: 'eproc', pje: 'PJe', esaj: 'e-SAJ', projudi: 'Projudi', other: 'Other system' },
      degrees: { '1g': '1st degree', '2g': '2nd degree', turma: 'Panel', unico: 'Single degree' },
      twoFactor: '2FA:',
      since: (date) => `since ${date}`,
      checkedAt: (date) => `checked on ${date}`,
      emailCode: 'code by e-mail',
      noKey: 'no authenticator key',
      emailCodeNoKey: 'This system e-mails a code at every login: there is no authenticator key to register.',
      sharedGroup: (courts) => `One authenticator serves ${courts}: register it only once.`,
      loginLink: (court) => `Open the ${court} login page`,
      enrollmentLink: (court) => `Open the ${court} authenticator registration page`,
      opensInNewTab: '(opens in a new tab)',
      warningTitle: 'Before you start:',
      removeOtherAuthenticator:
        "if this court already has an authenticator of yours registered elsewhere (a phone, other software), delete it or turn two-factor authentication off on the court's site. Generating a new key stops the previous authenticator from working.",
      personalEmail: (suffixes) =>
        `The court asks for a personal e-mail address and sends the activation link there. Institutional addresses ending in ${suffixes} are refused.`,
      personalEmailNoSuffixes:
        'The court asks for a personal e-mail address and sends the activation link there.',
      govbrAlternative: 'Instead of the authenticator, the system also accepts a gov.br account.',
      source: (source, checkedAt, confidence) =>
        `Source of the 2FA status: ${source} (${checkedAt}; ${confidence}).`,
      confidence: {
        verified: 'confirmed by a court page or news',
        'code-only': 'seen only in public code',
        'seed-only': 'seen only in the Oystr wiki of 2024-08',
        inferred: 'inferred from other systems, no direct source',
      },
    },
    secretInput: {
      label: 'Authentication key',
      hint: 'Paste the key the court showed (e.g. 32 characters in groups of 4), the otpauth:// link, or a screenshot with the QR code.',
      empty: 'Enter the authentication key the court gave you.',
      invalidCharacter: (character, position, suggestion) =>
        `Invalid character “${character}” at position ${position}.` +
        (suggestion === undefined
          ? ' Keys only have the letters A to Z and the digits 2 to 7.'
          : ` Did you mean “${suggestion}”?`),
      tooShort: (characters, minimumCharacters) =>
        `Incomplete key: ${characters} characters, at least ${minimumCharacters} are needed (courts usually show 32). Check that you copied the whole key.`,
      shortKey: (characters, expected, system) =>
        `Key too short: it has ${characters} characters, and ${system === undefined ? 'courts usually show' : `${system} shows`} ${expected}${expected % 4 === 0 ? ` (${expected / 4} groups of 4)` : ''}. Check that you copied the whole key.`,
      longKey: (characters, expected, system) =>
        `Key too long: it has ${characters} characters, and ${system === undefined ? 'courts usually show' : `${system} shows`} ${expected}${expected % 4 === 0 ? ` (${expected / 4} groups of 4)` : ''}. Check for an extra character at the end.`,
      malformed: {
        LENGTH: 'This number of characters cannot form a key: check for a missing or extra character.',
        TRAILING_BITS:
          'The last character does not close the key: check for a missing or extra character at the end.',
        PADDING: 'There are characters after the final “=”.',
        MIGRATION_URI: 'This is a Google Authenticator export link.',
        URI: 'This is an otpauth:// link, not a key.',
        TOO_LARGE: 'The text is too long to be a key. Paste only the key the court showed.',
      },
      uriInvalid: {
        NOT_A_STRING: 'The otpauth:// link could not be read.',
        SCHEME: 'The link must start with otpauth://.',
        TYPE: 'The otpauth:// link must be of type totp.',
        ENCODING: 'The otpauth:// link has badly encoded characters (%).',
        DUPLICATE_PARAMETER: 'The otpauth:// link repeats a parameter.',
        MISSING_SECRET: 'The otpauth:// link has no key (secret parameter).',
        SECRET: 'The key inside the otpauth:// link (secret parameter) is not valid.',
        ALGORITHM: 'The otpauth:// link names an unsupported algorithm.',
        DIGITS: 'The otpauth:// link names an unsupported number of digits.',
        PERIOD: 'The otpauth:// link has an invalid period.',
        MISSING_COUNTER: 'The counter-based otpauth:// link has no counter parameter.',
        COUNTER: 'The counter of the otpauth:// link is invalid.',
        ACCOUNT: 'The account name in the otpauth:// link is invalid.',
        ISSUER: 'The issuer in the otpauth:// link is invalid.',
        TOO_LARGE: 'The otpauth:// link is too long (or the key or a name in it).',
      },
      migrationInvalid:
        'The Google Authenticator export link is incomplete or corrupted. Export again and paste the whole link.',
      hotpUnsupported: 'This is a counter-based (HOTP) key; courts use time-based codes (TOTP).',
      exportEmpty: 'The Google Authenticator export has no account with time-based codes (TOTP).',
      unknown: 'The key could not be read.',
      valid: (bits) => `Valid key: ${bits} bits.`,
      sources: {
        typed: 'key typed or pasted',
        uri: 'otpauth:// link',
        qr: 'QR code image',
        'google-export': 'Google Authenticator export',
      },
      sourceLine: (source) => `Source: ${source}.`,
      accountLine: (issuer, account) =>
        `Account: ${[issuer, account].filter((part) => part !== undefined && part !== '').join(' — ')}.`,
      weakKey: (bits) =>
        `Short key (${bits} bits): it works, but 128 bits or more are recommended. Check that you copied the whole key.`,
      issuerMismatch:
        "The issuer in the account name differs from the link's issuer parameter; the parameter was used.",
      accountsLegend: (count) => `The export has ${count} accounts. Choose this court's:`,
      accountOption: (issuer, account) =>
        issuer === undefined ? account || '(no name)' : `${issuer} — ${account || '(no name)'}`,
      skippedAccounts: (count) =>
        count === 1
          ? '1 account of the export cannot be used (unsupported type or algorithm).'
          : `${count} accounts of the export cannot be used (unsupported type or algorithm).`,
      exportBatch: (index, size) =>
        `This QR code is ${index} of ${size} of the export: if the account is not listed, use another one.`,
      chooseAccount: 'Choose an account from the list.',
      uploadButton: 'Upload a QR code image',
      dropHint: 'Or paste (Ctrl+V) or drop here a screenshot with the QR code.',
      dropActive: 'Drop the image to read the QR code.',
      decoding: 'Reading the QR code…',
      noQrCode:
        'No QR code found in the image. Use a screenshot where the whole QR code is sharp, or paste the key.',
      notAKey: 'The QR code was read, but it holds no authentication key.',
      decoderFailed: 'The QR code reader could not be loaded. Type or paste the key.',
      notAnImage: 'The file is not an image. Send a screenshot (PNG or JPEG) with the QR code.',
      readFromImage: 'Key read from the QR code.',
    },
    enrollment: {
      title: '2FA credential enrollment',
      stepsLabel: 'Enrollment steps',
      steps: {
        court: 'Court',
        credential: 'Credential',
        key: 'Authentication key',
        authenticator: 'Authenticator',
        done: 'Finish',
      },
      stepOf: (position, total) => `Step ${position} of ${total}`,
      stepDone: '(done)',
      optional: '(optional)',

      court: {
        heading: 'At which court are you turning on two-factor authentication?',
        intro:
          'Choose the court system where the authenticator will be registered. The 6-digit code generated here is also used by automatic lookups.',
        beforeYouStartTitle: 'Before you start',
        beforeYouStart:
          'If an authenticator for this court is already registered on another platform, remove or disable it at the court site and on that platform: a new key makes the court deactivate the old one.',
        otherToggle: 'The system is not listed',
        otherIssuerLabel: 'System name',
        otherIssuerHint: 'How it will appear in the authenticator list (e.g. Office intranet).',
        keylessTitle: (court) => `${court} does not use an authenticator`,
        keyless: {
          'email-code':
            'The enrollment ends here: there is no authentication key to keep. To sign in, use the code sent to the e-mail registered with the court.',
          govbr:
            'The enrollment ends here: there is no authentication key to keep. To sign in, use your gov.br account.',
        },
        errors: {
          REQUIRED: 'Choose the court.',
          ISSUER_REQUIRED: 'Enter the system name.',
          KEYLESS: 'This court does not use an authenticator. Choose another court.',
        },
      },

      credential: {
        heading: 'Credential details',
        intro: (court) => `Court: ${court}. Enter the details you sign in with.`,
        account: 'Court login',
        accountHint: 'CPF, OAB number or user name you sign in to the court system with.',
        owner: 'Responsible lawyer',
        ownerHint: 'Who holds this access.',
        label: 'Description',
        labelHint: 'To tell credentials of the same court apart (e.g. Porto Alegre branch).',
        password: 'Court password',
        passwordHint:
          'Kept encrypted so automatic lookups can sign in to the court. Leave blank if you prefer not to keep it.',
        passwordKept: 'Password already entered. Type another one to replace it.',
        personalEmail: 'Personal e-mail',
        personalEmailHint: (suffixes) =>
          `The court sends the activation link to this address. Institutional suffixes such as ${suffixes} are not accepted.`,
        errors: {
          ACCOUNT_REQUIRED: 'Enter the login you use at the court.',
          EMAIL_REQUIRED: 'Enter a personal e-mail: this court requires one to turn on 2FA.',
          EMAIL_MALFORMED: 'Invalid e-mail. Check the address (e.g. name@gmail.com).',
          EMAIL_INSTITUTIONAL: (suffix) =>
            `Courts do not accept institutional e-mails (…${suffix}). Enter a personal e-mail.`,
        },
      },

      key: {
        heading: 'Authentication key',
        howToEproc: [
          'On the eproc home page, enter your user and password but, instead of signing in, click “Autenticação em dois fatores” (two-factor authentication).',
          'Read the instructions and click “Prosseguir” (proceed).',
          'eproc shows a QR code and an alphanumeric key (e.g. MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW). Copy the key and paste it below.',
        ],
        howToOther: [
          'On the system’s site, start registering an authenticator (two-factor authentication).',
          'The site shows a QR code and an alphanumeric key. Copy the key and paste it below.',
        ],
        openCourt: (court) => `Open the court site (${court})`,
        keepCourtOpen:
          'Keep the court page open and do not click “Enviar” (send) yet: it will ask for the 6-digit code shown in the next step.',
        inputLabel: 'Authentication key',
        keyKept: 'Key already entered. To replace it, paste the new key below.',
        keyInDraft: 'The key is kept in the pending credential. To replace it, paste the new key below.',
        draftGone:
          'The pending credential of this enrollment was not found (it may have been removed). Enter the authentication key again to continue.',
        keepSavedKey: 'Keep the key entered before',
        entryIncomplete: 'The key typed is incomplete.',
        entryDecoding: 'The QR code is still being read: please wait.',
        entryChooseAccount: 'Choose this court’s account in the list.',
        accountChoice: {
          notice: (typed, fromKey, source) =>
            `The key (${source}) is for the account ${fromKey}, but the login entered at the Credential step is ${typed}.`,
          legend: 'Which login should the credential keep?',
          keepTyped: (typed) => `Keep ${typed}, the login entered`,
          useKey: (fromKey) => `Use ${fromKey}, the key’s account`,
        },
        errors: {
          REQUIRED: 'Paste or type the authentication key the court shows.',
          UNUSABLE_ENTRY: (problem, keyKept) =>
            keyKept
              ? `The new key was not accepted. ${problem} To go on with the key entered before, choose “Keep the key entered before”.`
              : `The key was not accepted. ${problem}`,
          ACCOUNT_MISMATCH:
            'Choose which login the credential keeps: the one entered at the Credential step or the account the key names.',
        },
      },

      authenticator: {
        heading: 'Type this code at the court site',
        instructions:
          'On the court page, enter the 6-digit code below in the authenticator field and click “Enviar” (send).',
        activationLink: (email) =>
          `Also enter the personal e-mail ${email}. The court sends an activation link to it: open it and confirm two-factor activation.`,
        singleUse:
          'Each code works once. If the court says the code was already used, wait for the next one.',
        codeLabel: 'Authenticator code',
        phoneToggle: 'Add to your phone too',
        phoneHint:
          'Scan this QR code with Google Authenticator (or another app) to have the same code on your phone.',
        keepKey: 'Keep the key in case you need to add it to another system or integration.',
        confirm: 'I confirmed the code at the court site',
        confirmHint: 'Tick once the court accepted the code.',
        resumed: 'Enrollment resumed: the key is kept in the pending credential.',
        errors: {
          NOT_CONFIRMED:
            'Tick the confirmation after typing the code at the court, or choose “Validate later”.',
        },
      },

      done: {
        heading: 'All set! Review and finish',
        intro: 'Review the 2FA credential before finishing.',
        court: 'Court',
        account: 'Login',
        owner: 'Lawyer',
        personalEmail: 'Personal e-mail',
        status: 'Status',
        pendingNote:
          'The credential stays pending until you type a code at the court and tick the confirmation.',
        completedHeading: '2FA credential saved',
        completed:
          'The credential is now in the grid and the authenticator in the authenticator management area.',
        none: '—',
      },

      actions: {
        next: 'Next',
        back: 'Back',
        cancel: 'Cancel',
        finish: 'Finish',
        validateLater: 'Validate later',
        chooseAnotherCourt: 'Choose another court',
      },

      busy: {
        creating: 'Creating the pending credential…',
        updating: 'Updating the credential…',
        saving: 'Saving…',
        removing: 'Removing the pending credential…',
        loading: 'Resuming the enrollment…',
      },
    },
    grid: {
      tableLabel: '2FA credentials',
      viewTabsLabel: 'View',
      viewCredentials: 'Credentials',
      viewCompliance: 'Compliance',
      toolbarLabel: 'Search and filters',
      searchLabel: 'Search',
      searchPlaceholder: 'Court, login, owner…',
      statusFilterLabel: 'Status',
      statusAll: 'All',
      systemFilterLabel: 'Court',
      systemAll: 'All courts',
      noSystem: 'No court',
      ownerFilterLabel: 'Owner',
      ownerAll: 'All',
      noOwner: 'No owner',
      sortLabel: 'Sort by',
      sortKeys: { court: 'Court', login: 'Login', owner: 'Owner', status: 'Status', updated: 'Last change' },
      sortAscending: 'Ascending',
      sortDescending: 'Descending',
      groupByLabel: 'Group by',
      groupByOptions: { none: 'No grouping', 'authenticator-group': 'Authenticator', owner: 'Owner' },
      periodNote: (seconds) => `New codes every ${seconds} s`,
      resultCount: (shown, total) =>
        shown === total
          ? `${formatCount(total)} ${total === 1 ? 'credential' : 'credentials'}`
          : `${formatCount(shown)} of ${formatCount(total)} ${total === 1 ? 'credential' : 'credentials'}`,
      columns: {
        court: 'Court',
        login: 'Login',
        owner: 'Owner',
        status: 'Status',
        code: 'Code',
        group: 'Authenticator',
        actions: 'Actions',
      },
      systemKinds: { eproc: 'eproc', pje: 'PJe', esaj: 'e-SAJ', projudi: 'Projudi', other: 'Other system' },
      degrees: { '1g': '1st degree', '2g': '2nd degree', turma: 'Panel', unico: 'Single degree' },
      validatedOn: (date) => `Validated on ${date}`,
      pendingHint: 'Code not yet confirmed at the court',
      nextCode: 'next',
      copyCode: (row) => `Copy code of ${row}`,
      codeLoading: 'Generating code…',
      codeUnavailable: 'Code unavailable',
      unreadable: 'Unreadable',
      unreadableReasons: {
        CIPHERTEXT: 'corrupted or tampered data',
        KEY_UNKNOWN: 'sealed with a key this vault does not have',
        FORMAT: 'malformed record',
      },
      otherAuthenticators: 'Other authenticators',
      groupCount: (count) => `${formatCount(count)} ${count === 1 ? 'credential' : 'credentials'}`,
      groupAlone: 'This court only',
      actionsMenu: (row) => `Actions for ${row}`,
      actionLabels: {
        qr: 'Show QR code',
        edit: 'Edit',
        validate: 'Mark as validated',
        remove: 'Remove',
        rekey: 'The court issued a new key',
      },
      loading: 'Loading credentials…',
      loadError: 'Could not load the credentials.',
      empty: 'No 2FA credentials yet',
      emptyHint: "Add a court's authenticator to follow the whole office's codes here.",
      noResults: (text) => `No credential matches “${text}”.`,
      noResultsFiltered: 'No credential matches the chosen filters.',
      clearSearch: 'Clear search and filters',
      rekeySaved: (row) =>
        `New key of ${row} saved. Enter the generated code at the court, then mark the credential as validated.`,
      removeTitle: 'Remove 2FA credential',
      removeQuestion: (court, login) => `Remove the credential for ${court}, login ${login}?`,
      removeWarning:
        'Codes will no longer be generated here. The authenticator stays registered at the court: disable 2FA there too if needed.',
      removeConfirm: 'Remove',
      qrTitle: (row) => `QR code of ${row}`,
      qrHint:
        "Scan it with another device's authenticator app. Whoever has the key can generate codes: show it only when needed.",
      editTitle: (row) => `Edit ${row}`,
      ownerField: 'Owner',
      labelField: 'Label',
      labelHint: 'How the credential shows in the grid, e.g. “Notices — 1st degree”.',
      personalEmailField: 'Personal e-mail',
      personalEmailHint:
        'The e-mail given to the court when enabling 2FA. Institutional addresses such as jus.br and gov.br are refused.',
      notesField: 'Notes',
      emailMalformed: 'Enter a valid e-mail address.',
      emailInstitutional: (suffix) => `The court refuses e-mail addresses ending in ${suffix}.`,
      saving: 'Saving…',
      rekeyTitle: 'The court issued a new key',
      rekeyIntro: (row) => `Paste the new authentication key the court showed for ${row}.`,
      rekeyNote:
        'The previous key stops working. The credential goes back to pending: enter the new 6-digit code at the court to finish, then mark it as validated.',
      rekeySave: 'Save new key',
      complianceTitle: 'Courts with mandatory 2FA',
      complianceLabel: 'Authenticator compliance by court and owner',
      complianceSummary: (incomplete, total) =>
        incomplete === 0
          ? `All ${formatCount(total)} mandatory courts have a validated authenticator`
          : `${formatCount(incomplete)} mandatory ${incomplete === 1 ? 'court' : 'courts'} without a validated authenticator`,
      complianceCells: (missing, pending) =>
        `${formatCount(missing)} missing · ${formatCount(pending)} pending confirmation`,
      complianceCourt: 'Court',
      complianceSince: 'Mandatory since',
      complianceOffice: 'Office',
      complianceStatus: { validated: 'Validated', pending: 'Pending', missing: 'Missing' },
      complianceNone: 'No court in the registry requires an authenticator app.',
    },
    authenticators: {
      title: 'My authenticators',
      search: 'Search authenticators',
      searchPlaceholder: 'Court, acronym or account',
      hideCodes: 'Hide codes',
      maskedCode: '••• •••',
      copyCode: (issuer, account, spelled) => `${issuer}, ${account}: code ${spelled}. Copy`,
      revealCode: (issuer, account) => `Show code — ${issuer}, ${account}`,
      copyHidden: (issuer, account) => `Copy code — ${issuer}, ${account}`,
      copied: (issuer) => `${issuer} code copied`,
      copyFailed: 'Could not copy the code',
      nextCode: (grouped) => `Next: ${grouped}`,
      nextCodeSpoken: (spelled) => `Next code: ${spelled}`,
      count: (count) => (count === 1 ? '1 authenticator' : `${count} authenticators`),
      empty: 'No authenticators yet.',
      emptyHint: 'Add a 2FA credential to see your court sign-in codes here.',
      noMatches: (query) => `No authenticator matches “${query}”.`,
      loadFailed: 'The authenticators could not be loaded.',
      unreadable: 'This credential cannot be opened (corrupted data or unknown key).',
      codeUnavailable: 'Code unavailable right now.',
      codeLoading: 'Loading code…',
      timerLabel: (issuer) => `Time until the next code — ${issuer}`,
    },
    secretQr: {
      title: (issuer) => `Authentication key — ${issuer}`,
      qrLabel: (issuer, account) => `QR code of the ${issuer} key for ${account}`,
      scanHint: 'Scan the QR code with the authenticator app, or type the key below.',
      issuer: 'Issuer',
      account: 'Account',
      key: 'Key',
      parameters: 'Parameters',
      parametersValue: (algorithm, digits, period) => `${algorithm}, ${digits} digits, ${period} s`,
      print: 'Print a paper copy',
      keepSafe:
        'Keep it somewhere safe: anyone with this key can generate your court sign-in codes. Do not photograph it or send it by e-mail.',
      reveal: 'Show key',
      revealing: 'Opening the key…',
      hide: 'Hide key',
      hiddenNotice: 'The key is hidden. Show it only in a private place, away from other people and cameras.',
      withheld:
        'Keys are kept on the server and never sent to the browser, so it cannot be shown here. For a paper copy, ask your system administrator.',
      invalidKey: 'The QR code cannot be made: the key is invalid or too short.',
    },
  },
}
