/**
 * Texts of the enrolment wizard ("Cadastro de Credencial 2FA") in every locale. The Portuguese follows the
 * words lawyers already read in Legal One's guide and on the eproc screens (seeds 000, 001 and 003):
 * "Chave de autenticação", "Avançar", "Credencial 2FA", "Autenticação em dois fatores", "Prosseguir",
 * "E-mail pessoal", "Concluir".
 *
 * @example
 * <A2FProvider store={store} messages={{ enrollment: { steps: { key: 'Chave do tribunal' } } }}>
 */
import type { LocaleTable } from '../i18n/locale.js'
import type { EnrollmentKeylessMethod, EnrollmentStep } from './enrollment-machine.js'

export interface EnrollmentMessages {
  /** Accessible name of the whole wizard. */
  title: string
  /** Accessible name of the step indicator. */
  stepsLabel: string
  /** Short names of the steps, in the indicator. */
  steps: Record<EnrollmentStep, string>
  /** 'Etapa 2 de 5', read before each step's heading. */
  stepOf: (position: number, total: number) => string
  /** Hidden suffix of a completed step in the indicator. */
  stepDone: string
  /** Marks an optional field's label. */
  optional: string

  court: {
    heading: string
    intro: string
    /** Seed 000, step 1: an authenticator registered elsewhere must go first. */
    beforeYouStartTitle: string
    beforeYouStart: string
    otherToggle: string
    otherIssuerLabel: string
    otherIssuerHint: string
    /** The chosen court has no authenticator key: why, and what the lawyer does instead. */
    keylessTitle: (court: string) => string
    keyless: Record<EnrollmentKeylessMethod, string>
    errors: { REQUIRED: string; ISSUER_REQUIRED: string; KEYLESS: string }
  }

  credential: {
    heading: string
    intro: (court: string) => string
    account: string
    accountHint: string
    owner: string
    ownerHint: string
    label: string
    labelHint: string
    password: string
    passwordHint: string
    /** Shown when a password was typed before (the field itself comes back empty: it is never kept in the page). */
    passwordKept: string
    personalEmail: string
    personalEmailHint: (suffixes: string) => string
    errors: {
      ACCOUNT_REQUIRED: string
      EMAIL_REQUIRED: string
      EMAIL_MALFORMED: string
      EMAIL_INSTITUTIONAL: (suffix: string) => string
    }
  }

  key: {
    heading: string
    /** Seeds 001 and 003: how to reach the key on the court site. */
    /** eproc's own screens (seeds 001 and 003). */
    howToEproc: string[]
    /** Other systems: where to look for the key. */
    howToOther: string[]
    openCourt: (court: string) => string
    keepCourtOpen: string
    inputLabel: string
    /** A key entered earlier is still in memory (the field comes back empty). */
    keyKept: string
    /** Resumed after a reload: the pending credential holds the key. */
    keyInDraft: string
    /** The pending credential of a resumed enrolment was removed meanwhile. */
    draftGone: string
    errors: { REQUIRED: string }
  }

  authenticator: {
    heading: string
    instructions: string
    /** eproc (seed 001): the court e-mails an activation link to the personal address. */
    activationLink: (email: string) => string
    singleUse: string
    codeLabel: string
    phoneToggle: string
    phoneHint: string
    keepKey: string
    confirm: string
    confirmHint: string
    resumed: string
    errors: { NOT_CONFIRMED: string }
  }

  done: {
    heading: string
    intro: string
    court: string
    account: string
    owner: string
    personalEmail: string
    status: string
    pendingNote: string
    completedHeading: string
    completed: string
    none: string
  }

  actions: {
    next: string
    back: string
    cancel: string
    finish: string
    /** Save the credential as pending; the code is confirmed at the court later. */
    validateLater: string
    chooseAnotherCourt: string
  }

  busy: Record<'creating' | 'updating' | 'saving' | 'removing' | 'loading', string>
}

export const enrollmentMessages: LocaleTable<EnrollmentMessages> = {
  'pt-BR': {
    title: 'Cadastro de Credencial 2FA',
    stepsLabel: 'Etapas do cadastro',
    steps: {
      court: 'Tribunal',
      credential: 'Credencial',
      key: 'Chave de autenticação',
      authenticator: 'Autenticador',
      done: 'Conclusão',
    },
    stepOf: (position, total) => `Etapa ${position} de ${total}`,
    stepDone: '(concluída)',
    optional: '(opcional)',

    court: {
      heading: 'Em qual tribunal você vai ativar a autenticação em dois fatores?',
      intro:
        'Escolha o sistema do tribunal onde o autenticador será cadastrado. O código de 6 dígitos gerado aqui também será usado pela consulta automática.',
      beforeYouStartTitle: 'Antes de começar',
      beforeYouStart:
        'Se você já tem um autenticador cadastrado para este tribunal em outra plataforma, exclua-o ou desabilite-o no site do tribunal e na outra plataforma: ao gerar uma nova chave, o tribunal desativa a anterior.',
      otherToggle: 'O sistema não está na lista',
      otherIssuerLabel: 'Nome do sistema',
      otherIssuerHint: 'Como ele aparecerá na lista de autenticadores (ex.: Intranet do escritório).',
      keylessTitle: (court) => `${court} não usa autenticador`,
      keyless: {
        'email-code':
          'O cadastro termina aqui: não há chave de autenticação para guardar. Para entrar no sistema, use o código que chega ao e-mail cadastrado no tribunal.',
        govbr:
          'O cadastro termina aqui: não há chave de autenticação para guardar. Para entrar no sistema, use a sua conta gov.br.',
      },
      errors: {
        REQUIRED: 'Escolha o tribunal.',
        ISSUER_REQUIRED: 'Informe o nome do sistema.',
        KEYLESS: 'Este tribunal não usa autenticador. Escolha outro tribunal.',
      },
    },

    credential: {
      heading: 'Dados da credencial',
      intro: (court) => `Tribunal: ${court}. Informe os dados com que você acessa o sistema.`,
      account: 'Login no tribunal',
      accountHint: 'CPF, número da OAB ou usuário com que você entra no sistema do tribunal.',
      owner: 'Advogado(a) responsável',
      ownerHint: 'Quem é titular deste acesso.',
      label: 'Descrição',
      labelHint: 'Para distinguir credenciais do mesmo tribunal (ex.: Filial Porto Alegre).',
      password: 'Senha do tribunal',
      passwordHint:
        'Guardada cifrada, para que a consulta automática entre no tribunal. Deixe em branco se não quiser guardá-la.',
      passwordKept: 'Senha já informada. Digite outra para substituí-la.',
      personalEmail: 'E-mail pessoal',
      personalEmailHint: (suffixes) =>
        `O tribunal envia o link de ativação para este e-mail. Não são aceitos sufixos institucionais, como ${suffixes}.`,
      errors: {
        ACCOUNT_REQUIRED: 'Informe o login usado no tribunal.',
        EMAIL_REQUIRED: 'Informe um e-mail pessoal: este tribunal exige um para ativar o 2FA.',
        EMAIL_MALFORMED: 'E-mail inválido. Confira o endereço (ex.: nome@gmail.com).',
        EMAIL_INSTITUTIONAL: (suffix) =>
          `A Justiça não aceita e-mails institucionais (…${suffix}). Informe um e-mail pessoal.`,
      },
    },

    key: {
      heading: 'Chave de autenticação',
      howToEproc: [
        'Na tela inicial do eproc, informe usuário e senha, mas, em vez de Entrar, clique em “Autenticação em dois fatores”.',
        'Leia as instruções e clique em “Prosseguir”.',
        'O eproc exibirá um QR code e uma chave alfanumérica (ex.: MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW). Copie a chave e cole-a abaixo.',
      ],
      howToOther: [
        'No site do sistema, inicie o cadastro de um autenticador (autenticação em dois fatores).',
        'O site exibirá um QR code e uma chave alfanumérica. Copie a chave e cole-a abaixo.',
      ],
      openCourt: (court) => `Abrir o site do tribunal (${court})`,
      keepCourtOpen:
        'Mantenha a página do tribunal aberta e não clique em “Enviar” ainda: ela pedirá o código de 6 dígitos que será exibido na próxima etapa.',
      inputLabel: 'Chave de autenticação',
      keyKept: 'Chave já informada. Para trocá-la, cole a nova chave abaixo.',
      keyInDraft: 'A chave já está guardada na credencial pendente. Para trocá-la, cole a nova chave abaixo.',
      draftGone:
        'A credencial pendente deste cadastro não foi encontrada (pode ter sido removida). Informe a chave de autenticação novamente para continuar.',
      errors: { REQUIRED: 'Cole ou digite a chave de autenticação exibida pelo tribunal.' },
    },

    authenticator: {
      heading: 'Digite este código no site do tribunal',
      instructions:
        'Na página do tribunal, informe o código de 6 dígitos abaixo no campo do autenticador e clique em “Enviar”.',
      activationLink: (email) =>
        `Informe também o e-mail pessoal ${email}. O tribunal enviará um link de ativação para ele: abra-o e confirme a ativação da autenticação em 2 fatores.`,
      singleUse:
        'Cada código vale uma única vez. Se o tribunal disser que o código já foi utilizado, aguarde o próximo.',
      codeLabel: 'Código do autenticador',
      phoneToggle: 'Adicionar também ao celular',
      phoneHint:
        'Leia este QR code com o Google Authenticator (ou outro aplicativo) para ter o mesmo código no celular.',
      keepKey: 'Guarde a chave para quando precisar adicioná-la em outro sistema ou integração.',
      confirm: 'Confirmei o código no site do tribunal',
      confirmHint: 'Marque depois que o tribunal aceitar o código.',
      resumed: 'Cadastro retomado: a chave está guardada na credencial pendente.',
      errors: {
        NOT_CONFIRMED:
          'Marque a confirmação depois de digitar o código no tribunal, ou escolha “Validar depois”.',
      },
    },

    done: {
      heading: 'Pronto! Confira e conclua o cadastro',
      intro: 'Confira os dados da Credencial 2FA antes de concluir.',
      court: 'Tribunal',
      account: 'Login',
      owner: 'Advogado(a)',
      personalEmail: 'E-mail pessoal',
      status: 'Situação',
      pendingNote:
        'A credencial ficará pendente até você digitar um código no tribunal e marcar a confirmação.',
      completedHeading: 'Credencial 2FA cadastrada',
      completed:
        'A credencial já está disponível na grid e o autenticador, na área de gestão de autenticadores.',
      none: '—',
    },

    actions: {
      next: 'Avançar',
      back: 'Voltar',
      cancel: 'Cancelar',
      finish: 'Concluir',
      validateLater: 'Validar depois',
      chooseAnotherCourt: 'Escolher outro tribunal',
    },

    busy: {
      creating: 'Criando a credencial pendente…',
      updating: 'Atualizando a credencial…',
      saving: 'Salvando…',
      removing: 'Removendo a credencial pendente…',
      loading: 'Retomando o cadastro…',
    },
  },

  en: {
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
      errors: { REQUIRED: 'Paste or type the authentication key the court shows.' },
    },

    authenticator: {
      heading: 'Type this code at the court site',
      instructions:
        'On the court page, enter the 6-digit code below in the authenticator field and click “Enviar” (send).',
      activationLink: (email) =>
        `Also enter the personal e-mail ${email}. The court sends an activation link to it: open it and confirm two-factor activation.`,
      singleUse: 'Each code works once. If the court says the code was already used, wait for the next one.',
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

  es: {
    title: 'Registro de credencial 2FA',
    stepsLabel: 'Pasos del registro',
    steps: {
      court: 'Tribunal',
      credential: 'Credencial',
      key: 'Clave de autenticación',
      authenticator: 'Autenticador',
      done: 'Conclusión',
    },
    stepOf: (position, total) => `Paso ${position} de ${total}`,
    stepDone: '(completado)',
    optional: '(opcional)',

    court: {
      heading: '¿En qué tribunal va a activar la autenticación en dos factores?',
      intro:
        'Elija el sistema del tribunal donde se registrará el autenticador. El código de 6 dígitos generado aquí también lo usará la consulta automática.',
      beforeYouStartTitle: 'Antes de empezar',
      beforeYouStart:
        'Si ya tiene un autenticador registrado para este tribunal en otra plataforma, elimínelo o desactívelo en el sitio del tribunal y en esa plataforma: al generar una clave nueva, el tribunal desactiva la anterior.',
      otherToggle: 'El sistema no está en la lista',
      otherIssuerLabel: 'Nombre del sistema',
      otherIssuerHint: 'Cómo aparecerá en la lista de autenticadores (p. ej.: Intranet del despacho).',
      keylessTitle: (court) => `${court} no usa autenticador`,
      keyless: {
        'email-code':
          'El registro termina aquí: no hay clave de autenticación que guardar. Para entrar, use el código que llega al correo registrado en el tribunal.',
        govbr:
          'El registro termina aquí: no hay clave de autenticación que guardar. Para entrar, use su cuenta gov.br.',
      },
      errors: {
        REQUIRED: 'Elija el tribunal.',
        ISSUER_REQUIRED: 'Indique el nombre del sistema.',
        KEYLESS: 'Este tribunal no usa autenticador. Elija otro tribunal.',
      },
    },

    credential: {
      heading: 'Datos de la credencial',
      intro: (court) => `Tribunal: ${court}. Indique los datos con los que accede al sistema.`,
      account: 'Usuario en el tribunal',
      accountHint: 'CPF, número de la OAB o usuario con el que entra en el sistema del tribunal.',
      owner: 'Abogado/a responsable',
      ownerHint: 'Quién es titular de este acceso.',
      label: 'Descripción',
      labelHint: 'Para distinguir credenciales del mismo tribunal (p. ej.: Sucursal Porto Alegre).',
      password: 'Contraseña del tribunal',
      passwordHint:
        'Se guarda cifrada para que la consulta automática entre en el tribunal. Déjela en blanco si no desea guardarla.',
      passwordKept: 'Contraseña ya indicada. Escriba otra para reemplazarla.',
      personalEmail: 'Correo personal',
      personalEmailHint: (suffixes) =>
        `El tribunal envía el enlace de activación a este correo. No se aceptan sufijos institucionales como ${suffixes}.`,
      errors: {
        ACCOUNT_REQUIRED: 'Indique el usuario que usa en el tribunal.',
        EMAIL_REQUIRED: 'Indique un correo personal: este tribunal lo exige para activar el 2FA.',
        EMAIL_MALFORMED: 'Correo no válido. Revise la dirección (p. ej.: nombre@gmail.com).',
        EMAIL_INSTITUTIONAL: (suffix) =>
          `La Justicia no acepta correos institucionales (…${suffix}). Indique un correo personal.`,
      },
    },

    key: {
      heading: 'Clave de autenticación',
      howToEproc: [
        'En la pantalla inicial de eproc, indique usuario y contraseña pero, en lugar de Entrar, haga clic en “Autenticação em dois fatores” (autenticación en dos factores).',
        'Lea las instrucciones y haga clic en “Prosseguir” (continuar).',
        'eproc mostrará un código QR y una clave alfanumérica (p. ej.: MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW). Copie la clave y péguela abajo.',
      ],
      howToOther: [
        'En el sitio del sistema, inicie el registro de un autenticador (autenticación en dos factores).',
        'El sitio mostrará un código QR y una clave alfanumérica. Copie la clave y péguela abajo.',
      ],
      openCourt: (court) => `Abrir el sitio del tribunal (${court})`,
      keepCourtOpen:
        'Mantenga abierta la página del tribunal y no haga clic en “Enviar” todavía: le pedirá el código de 6 dígitos que se mostrará en el paso siguiente.',
      inputLabel: 'Clave de autenticación',
      keyKept: 'Clave ya indicada. Para cambiarla, pegue la nueva clave abajo.',
      keyInDraft:
        'La clave está guardada en la credencial pendiente. Para cambiarla, pegue la nueva clave abajo.',
      draftGone:
        'No se encontró la credencial pendiente de este registro (puede haber sido eliminada). Indique de nuevo la clave de autenticación para continuar.',
      errors: { REQUIRED: 'Pegue o escriba la clave de autenticación que muestra el tribunal.' },
    },

    authenticator: {
      heading: 'Escriba este código en el sitio del tribunal',
      instructions:
        'En la página del tribunal, indique el código de 6 dígitos de abajo en el campo del autenticador y haga clic en “Enviar”.',
      activationLink: (email) =>
        `Indique también el correo personal ${email}. El tribunal le enviará un enlace de activación: ábralo y confirme la activación de la autenticación en dos factores.`,
      singleUse: 'Cada código vale una sola vez. Si el tribunal dice que ya se utilizó, espere el siguiente.',
      codeLabel: 'Código del autenticador',
      phoneToggle: 'Añadir también al móvil',
      phoneHint:
        'Escanee este código QR con Google Authenticator (u otra aplicación) para tener el mismo código en el móvil.',
      keepKey: 'Guarde la clave por si necesita añadirla a otro sistema o integración.',
      confirm: 'Confirmé el código en el sitio del tribunal',
      confirmHint: 'Márquelo cuando el tribunal haya aceptado el código.',
      resumed: 'Registro retomado: la clave está guardada en la credencial pendiente.',
      errors: {
        NOT_CONFIRMED:
          'Marque la confirmación después de escribir el código en el tribunal, o elija “Validar después”.',
      },
    },

    done: {
      heading: '¡Listo! Revise y concluya el registro',
      intro: 'Revise los datos de la credencial 2FA antes de concluir.',
      court: 'Tribunal',
      account: 'Usuario',
      owner: 'Abogado/a',
      personalEmail: 'Correo personal',
      status: 'Estado',
      pendingNote:
        'La credencial quedará pendiente hasta que escriba un código en el tribunal y marque la confirmación.',
      completedHeading: 'Credencial 2FA registrada',
      completed:
        'La credencial ya está en la tabla y el autenticador, en el área de gestión de autenticadores.',
      none: '—',
    },

    actions: {
      next: 'Siguiente',
      back: 'Volver',
      cancel: 'Cancelar',
      finish: 'Concluir',
      validateLater: 'Validar después',
      chooseAnotherCourt: 'Elegir otro tribunal',
    },

    busy: {
      creating: 'Creando la credencial pendiente…',
      updating: 'Actualizando la credencial…',
      saving: 'Guardando…',
      removing: 'Eliminando la credencial pendiente…',
      loading: 'Retomando el registro…',
    },
  },
}
