/**
 * Texts of the enrolment wizard ("Cadastro de credencial 2FA") in every locale. The Portuguese follows the
 * words lawyers already read in Legal One's guide and on the eproc screens (seeds 000, 001 and 003):
 * "Chave de autenticação", "Avançar", "Credencial 2FA", "Autenticação em dois fatores", "Prosseguir",
 * "E-mail pessoal", "Concluir".
 *
 * @example
 * <A2FProvider store={store} messages={{ enrollment: { steps: { key: 'Chave do tribunal' } } }}>
 */
import type { CommonMessages } from '../i18n/common-messages.js'
import { commonMessages } from '../i18n/common-messages.js'
import type { Messages } from '../i18n/messages.js'
import { namespaceMessages, useNamespaceMessages } from '../i18n/use-namespace-messages.js'
import { courtPickerMessages } from '../court-picker/messages.js'
import { useA2F, type A2FContextValue } from '../provider/a2f-context.js'
import { secretInputMessages } from '../secret-input/messages.js'
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
    /** Discards what the field holds (a key not accepted, an image that gave none) and keeps the key held. */
    keepSavedKey: string
    /** What is wrong with an entry that is not a key yet (the others are SecretInput's sentences). */
    entryIncomplete: string
    entryDecoding: string
    entryChooseAccount: string
    /** The key names another account than the login typed at the credential step: which one to keep. */
    accountChoice: {
      /** `source`: where the key came from, as `secretInput.sources` says it ('imagem do QR code'). */
      notice: (typed: string, fromKey: string, source: string) => string
      legend: string
      keepTyped: (typed: string) => string
      useKey: (fromKey: string) => string
    }
    errors: {
      REQUIRED: string
      /**
       * The field holds something that is not a usable key, so the step does not move on. `problem`: the
       * sentence that says what is wrong; `keyKept`: a key entered before is held and can be kept.
       */
      UNUSABLE_ENTRY: (problem: string, keyKept: boolean) => string
      ACCOUNT_MISMATCH: string
    }
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

export const enrollmentMessages: EnrollmentMessages = {
  title: 'Cadastro de credencial 2FA',
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
    keepSavedKey: 'Manter a chave já informada',
    entryIncomplete: 'A chave digitada está incompleta.',
    entryDecoding: 'O QR code ainda está sendo lido: aguarde.',
    entryChooseAccount: 'Escolha na lista a conta deste tribunal.',
    accountChoice: {
      notice: (typed, fromKey, source) =>
        `A chave (${source}) é da conta ${fromKey}, mas o login informado na etapa Credencial é ${typed}.`,
      legend: 'Qual login fica na credencial?',
      keepTyped: (typed) => `Manter ${typed}, o login informado`,
      useKey: (fromKey) => `Usar ${fromKey}, a conta da chave`,
    },
    errors: {
      REQUIRED: 'Cole ou digite a chave de autenticação exibida pelo tribunal.',
      UNUSABLE_ENTRY: (problem, keyKept) =>
        keyKept
          ? `A nova chave não foi aceita. ${problem} Para seguir com a chave já informada, escolha “Manter a chave já informada”.`
          : `A chave não foi aceita. ${problem}`,
      ACCOUNT_MISMATCH:
        'Escolha qual login fica na credencial: o informado na etapa Credencial ou a conta indicada pela chave.',
    },
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
    intro: 'Confira os dados da credencial 2FA antes de concluir.',
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
}

/** The enrollment texts in the provider's language, with the host's overrides (EnrollmentWizard). */
export const useEnrollmentMessages = (): typeof enrollmentMessages =>
  useNamespaceMessages('enrollment', enrollmentMessages)

/** The texts the wizard's steps read: its own and those of the widgets it contains. */
export type WizardMessages = Pick<Messages, 'enrollment' | 'courtPicker' | 'secretInput'> & {
  common: CommonMessages
}

const wizardMessages = new WeakMap<A2FContextValue, WizardMessages>()

/** The wizard's texts (and its picker's and key field's) in the provider's language, with overrides. */
export function useWizardMessages(): WizardMessages {
  const context = useA2F()
  let texts = wizardMessages.get(context)
  if (!texts) {
    texts = {
      common: namespaceMessages(context, 'common', commonMessages),
      enrollment: namespaceMessages(context, 'enrollment', enrollmentMessages),
      courtPicker: namespaceMessages(context, 'courtPicker', courtPickerMessages),
      secretInput: namespaceMessages(context, 'secretInput', secretInputMessages),
    }
    wizardMessages.set(context, texts)
  }
  return texts
}
