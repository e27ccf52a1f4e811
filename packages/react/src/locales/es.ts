/**
 * Spanish (español) texts of every a2f widget. Kept out of the main entry, so apps in Portuguese (the default) do
 * not download them: import the bundle and hand it to the provider.
 *
 * @example
 * import { es } from '@a2f/react/locales/es'
 * <A2FProvider store={store} locale={es}>
 */
import type { LocaleBundle } from '../i18n/locale-bundle.js'

const formatCount = (value: number) => value.toLocaleString('es')

export const es: LocaleBundle = {
  locale: 'es',
  messages: {
    common: {
      loading: 'Cargando…',
      retry: 'Reintentar',
      cancel: 'Cancelar',
      close: 'Cerrar',
      back: 'Volver',
      next: 'Siguiente',
      save: 'Guardar',
      copy: 'Copiar',
      copied: 'Copiado',
      copyFailed: 'No se pudo copiar',
      credentialStatus: { pending: 'Pendiente', validated: 'Validada' },
      twoFactorStatus: {
        mandatory: 'Obligatorio',
        optional: 'Opcional',
        unavailable: 'No disponible',
        unknown: 'Desconocido',
      },
      errors: {
        fallback: 'Algo salió mal. Inténtelo de nuevo.',
        NOT_FOUND: 'Credencial no encontrada. Puede haber sido eliminada.',
        ALREADY_EXISTS: 'Ya existe una credencial con este identificador.',
        CONFLICT: 'Esta credencial fue modificada en otro lugar. Se recargó; revísela y repita.',
        INVALID_INPUT: 'Hay un campo no válido.',
        UNREADABLE_RECORD: 'Esta credencial no se puede abrir (datos dañados o clave desconocida).',
        WRONG_PASSPHRASE: 'Contraseña del cofre incorrecta.',
        LOCKED: 'El cofre está bloqueado. Desbloquéelo para continuar.',
        UNAVAILABLE: 'El almacenamiento no está disponible ahora. Inténtelo en un momento.',
        UNAUTHORIZED: 'No tiene permiso para esta operación.',
        SECRET_WITHHELD: 'El servidor no envía claves al navegador.',
        CRYPTO_UNAVAILABLE: 'Este navegador no ofrece la criptografía necesaria (WebCrypto).',
      },
    },
    countdown: {
      label: 'Código de verificación',
      timerLabel: 'Tiempo hasta el próximo código',
      periodTimerLabel: 'Tiempo hasta los próximos códigos',
      seconds: (seconds) => `${seconds} s`,
      currentCode: (spelled) => `Código actual: ${spelled}`,
      newCode: (spelled) => `Nuevo código: ${spelled}`,
      nextCode: (grouped) => `Siguiente: ${grouped}`,
      nextCodeSpoken: (spelled) => `Siguiente código: ${spelled}`,
      copy: 'Copiar código',
      copiedAnnouncement: 'Código copiado al portapapeles',
      loading: 'Cargando código…',
      unreadable: {
        CIPHERTEXT: 'No se puede abrir esta credencial: sus datos cifrados están dañados o fueron alterados.',
        KEY_UNKNOWN:
          'No se puede abrir esta credencial: fue cifrada con una clave que este sistema no tiene.',
        FORMAT: 'No se puede abrir esta credencial: el registro guardado tiene un formato no válido.',
      },
      unavailable: 'No se pudo obtener el código ahora.',
      noCode: 'No hay ningún código para mostrar.',
    },
    courtPicker: {
      label: 'Tribunal y sistema',
      placeholder: 'P. ej.: TRF4, Paraná, PJe',
      hint: 'Busque por la sigla o el nombre del tribunal, el estado o el sistema. Use las flechas para moverse y Enter para elegir.',
      listLabel: 'Sistemas de tribunales',
      noResults: (query) => `Ningún sistema de tribunal coincide con «${query}».`,
      groups: {
        mandatory: '2FA obligatorio',
        optional: '2FA opcional',
        unknown: '2FA desconocido',
        unavailable: 'Sin 2FA',
      },
      systemNames: { eproc: 'eproc', pje: 'PJe', esaj: 'e-SAJ', projudi: 'Projudi', other: 'Otro sistema' },
      degrees: { '1g': '1.ª instancia', '2g': '2.ª instancia', turma: 'Sala', unico: 'Instancia única' },
      twoFactor: '2FA:',
      since: (date) => `desde ${date}`,
      checkedAt: (date) => `verificado el ${date}`,
      emailCode: 'código por correo',
      noKey: 'sin clave de autenticador',
      emailCodeNoKey:
        'Este sistema envía un código por correo electrónico en cada inicio de sesión: no hay clave de autenticador que registrar.',
      sharedGroup: (courts) => `Un mismo autenticador sirve para ${courts}: basta registrarlo una vez.`,
      loginLink: (court) => `Abrir la página de inicio de sesión (${court})`,
      enrollmentLink: (court) => `Abrir la página de registro del autenticador (${court})`,
      opensInNewTab: '(se abre en una pestaña nueva)',
      warningTitle: 'Antes de empezar:',
      removeOtherAuthenticator:
        'si ya tiene un autenticador registrado para este tribunal en otro lugar (teléfono, otro programa), elimínelo o desactive la autenticación en dos factores en el sitio del tribunal. Al generar una clave nueva, el autenticador anterior deja de funcionar.',
      personalEmail: (suffixes) =>
        `El tribunal pide un correo electrónico personal y envía allí el enlace de activación. No se aceptan direcciones institucionales terminadas en ${suffixes}.`,
      personalEmailNoSuffixes:
        'El tribunal pide un correo electrónico personal y envía allí el enlace de activación.',
      govbrAlternative: 'En lugar del autenticador, el sistema también acepta una cuenta gov.br.',
      source: (source, checkedAt, confidence) =>
        `Fuente de la situación del 2FA: ${source} (${checkedAt}; ${confidence}).`,
      confidence: {
        verified: 'confirmado en una página del tribunal o noticia',
        'code-only': 'visto solo en código público',
        'seed-only': 'visto solo en la wiki de Oystr de 2024-08',
        inferred: 'deducido de otros sistemas, sin fuente directa',
      },
    },
    secretInput: {
      label: 'Clave de autenticación',
      hint: 'Pegue la clave que mostró el tribunal (p. ej., 32 caracteres en grupos de 4), el enlace otpauth:// o una captura de pantalla con el código QR.',
      empty: 'Introduzca la clave de autenticación que le dio el tribunal.',
      invalidCharacter: (character, position, suggestion) =>
        `Carácter no válido «${character}» en la posición ${position}.` +
        (suggestion === undefined
          ? ' La clave solo tiene letras de la A a la Z y números del 2 al 7.'
          : ` ¿Quiso decir «${suggestion}»?`),
      tooShort: (characters, minimumCharacters) =>
        `Clave incompleta: ${characters} caracteres, se necesitan al menos ${minimumCharacters} (los tribunales suelen mostrar 32). Compruebe que copió la clave entera.`,
      shortKey: (characters, expected, system) =>
        `Clave corta: tiene ${characters} caracteres, y ${system === undefined ? 'los tribunales suelen mostrar' : `${system} muestra`} ${expected}${expected % 4 === 0 ? ` (${expected / 4} grupos de 4)` : ''}. Compruebe que copió la clave entera.`,
      longKey: (characters, expected, system) =>
        `Clave larga: tiene ${characters} caracteres, y ${system === undefined ? 'los tribunales suelen mostrar' : `${system} muestra`} ${expected}${expected % 4 === 0 ? ` (${expected / 4} grupos de 4)` : ''}. Compruebe si sobra algún carácter al final.`,
      malformed: {
        LENGTH: 'Esta cantidad de caracteres no forma una clave: compruebe si falta o sobra algún carácter.',
        TRAILING_BITS:
          'El último carácter no cierra la clave: compruebe si falta o sobra algún carácter al final.',
        PADDING: 'Hay caracteres después del «=» final.',
        MIGRATION_URI: 'Este es un enlace de exportación de Google Authenticator.',
        URI: 'Este es un enlace otpauth://, no una clave.',
        TOO_LARGE:
          'El texto es demasiado largo para ser una clave. Pegue solo la clave que mostró el tribunal.',
      },
      uriInvalid: {
        NOT_A_STRING: 'No se pudo leer el enlace otpauth://.',
        SCHEME: 'El enlace debe empezar por otpauth://.',
        TYPE: 'El enlace otpauth:// debe ser de tipo totp.',
        ENCODING: 'El enlace otpauth:// tiene caracteres mal codificados (%).',
        DUPLICATE_PARAMETER: 'El enlace otpauth:// repite un parámetro.',
        MISSING_SECRET: 'El enlace otpauth:// no contiene la clave (parámetro secret).',
        SECRET: 'La clave dentro del enlace otpauth:// (parámetro secret) no es válida.',
        ALGORITHM: 'El enlace otpauth:// indica un algoritmo no compatible.',
        DIGITS: 'El enlace otpauth:// indica una cantidad de dígitos no compatible.',
        PERIOD: 'El enlace otpauth:// indica un período no válido.',
        MISSING_COUNTER: 'El enlace otpauth:// de tipo contador no tiene el parámetro counter.',
        COUNTER: 'El contador del enlace otpauth:// no es válido.',
        ACCOUNT: 'El nombre de la cuenta en el enlace otpauth:// no es válido.',
        ISSUER: 'El emisor (issuer) del enlace otpauth:// no es válido.',
        TOO_LARGE: 'El enlace otpauth:// es demasiado largo (o la clave o un nombre en él).',
      },
      migrationInvalid:
        'El enlace de exportación de Google Authenticator está incompleto o dañado. Exporte de nuevo y pegue el enlace entero.',
      hotpUnsupported: 'Esta clave es de contador (HOTP); los tribunales usan códigos por tiempo (TOTP).',
      exportEmpty:
        'La exportación de Google Authenticator no tiene ninguna cuenta con códigos por tiempo (TOTP).',
      unknown: 'No se pudo leer la clave.',
      valid: (bits) => `Clave válida: ${bits} bits.`,
      sources: {
        typed: 'clave escrita o pegada',
        uri: 'enlace otpauth://',
        qr: 'imagen del código QR',
        'google-export': 'exportación de Google Authenticator',
      },
      sourceLine: (source) => `Origen: ${source}.`,
      accountLine: (issuer, account) =>
        `Cuenta: ${[issuer, account].filter((part) => part !== undefined && part !== '').join(' — ')}.`,
      weakKey: (bits) =>
        `Clave corta (${bits} bits): funciona, pero se recomiendan 128 bits o más. Compruebe que copió la clave entera.`,
      issuerMismatch:
        'El emisor en el nombre de la cuenta difiere del parámetro issuer del enlace; se usó el parámetro.',
      accountsLegend: (count) => `La exportación tiene ${count} cuentas. Elija la de este tribunal:`,
      accountOption: (issuer, account) =>
        issuer === undefined ? account || '(sin nombre)' : `${issuer} — ${account || '(sin nombre)'}`,
      skippedAccounts: (count) =>
        count === 1
          ? '1 cuenta de la exportación no se puede usar (tipo o algoritmo no compatible).'
          : `${count} cuentas de la exportación no se pueden usar (tipo o algoritmo no compatible).`,
      exportBatch: (index, size) =>
        `Este código QR es el ${index} de ${size} de la exportación: si la cuenta no aparece, use otro.`,
      chooseAccount: 'Elija una cuenta de la lista.',
      uploadButton: 'Subir imagen del código QR',
      dropHint: 'O pegue (Ctrl+V) o arrastre aquí una captura de pantalla con el código QR.',
      dropActive: 'Suelte la imagen para leer el código QR.',
      decoding: 'Leyendo el código QR…',
      noQrCode:
        'No se encontró ningún código QR en la imagen. Use una captura en la que el código QR se vea entero y nítido, o pegue la clave.',
      notAKey: 'Se leyó el código QR, pero no contiene ninguna clave de autenticación.',
      decoderFailed: 'No se pudo cargar el lector de códigos QR. Escriba o pegue la clave.',
      notAnImage: 'El archivo no es una imagen. Envíe una captura de pantalla (PNG o JPEG) con el código QR.',
      readFromImage: 'Clave leída del código QR.',
    },
    enrollment: {
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
        keepSavedKey: 'Mantener la clave ya indicada',
        entryIncomplete: 'La clave escrita está incompleta.',
        entryDecoding: 'El código QR todavía se está leyendo: espere.',
        entryChooseAccount: 'Elija en la lista la cuenta de este tribunal.',
        accountChoice: {
          notice: (typed, fromKey, source) =>
            `La clave (${source}) es de la cuenta ${fromKey}, pero el usuario indicado en el paso Credencial es ${typed}.`,
          legend: '¿Qué usuario queda en la credencial?',
          keepTyped: (typed) => `Mantener ${typed}, el usuario indicado`,
          useKey: (fromKey) => `Usar ${fromKey}, la cuenta de la clave`,
        },
        errors: {
          REQUIRED: 'Pegue o escriba la clave de autenticación que muestra el tribunal.',
          UNUSABLE_ENTRY: (problem, keyKept) =>
            keyKept
              ? `La nueva clave no fue aceptada. ${problem} Para seguir con la clave ya indicada, elija «Mantener la clave ya indicada».`
              : `La clave no fue aceptada. ${problem}`,
          ACCOUNT_MISMATCH:
            'Elija qué usuario queda en la credencial: el indicado en el paso Credencial o la cuenta que indica la clave.',
        },
      },

      authenticator: {
        heading: 'Escriba este código en el sitio del tribunal',
        instructions:
          'En la página del tribunal, indique el código de 6 dígitos de abajo en el campo del autenticador y haga clic en “Enviar”.',
        activationLink: (email) =>
          `Indique también el correo personal ${email}. El tribunal le enviará un enlace de activación: ábralo y confirme la activación de la autenticación en dos factores.`,
        singleUse:
          'Cada código vale una sola vez. Si el tribunal dice que ya se utilizó, espere el siguiente.',
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
    grid: {
      tableLabel: 'Credenciales 2FA',
      viewTabsLabel: 'Vista',
      viewCredentials: 'Credenciales',
      viewCompliance: 'Cumplimiento',
      toolbarLabel: 'Búsqueda y filtros',
      searchLabel: 'Buscar',
      searchPlaceholder: 'Tribunal, usuario, responsable…',
      statusFilterLabel: 'Estado',
      statusAll: 'Todas',
      systemFilterLabel: 'Tribunal',
      systemAll: 'Todos los tribunales',
      noSystem: 'Sin tribunal',
      ownerFilterLabel: 'Responsable',
      ownerAll: 'Todos',
      noOwner: 'Sin responsable',
      sortLabel: 'Ordenar por',
      sortKeys: {
        court: 'Tribunal',
        login: 'Usuario',
        owner: 'Responsable',
        status: 'Estado',
        updated: 'Último cambio',
      },
      sortAscending: 'Orden ascendente',
      sortDescending: 'Orden descendente',
      groupByLabel: 'Agrupar por',
      groupByOptions: { none: 'Sin agrupar', 'authenticator-group': 'Autenticador', owner: 'Responsable' },
      periodNote: (seconds) => `Códigos nuevos cada ${seconds} s`,
      resultCount: (shown, total) =>
        shown === total
          ? `${formatCount(total)} ${total === 1 ? 'credencial' : 'credenciales'}`
          : `${formatCount(shown)} de ${formatCount(total)} ${total === 1 ? 'credencial' : 'credenciales'}`,
      columns: {
        court: 'Tribunal',
        login: 'Usuario',
        owner: 'Responsable',
        status: 'Estado',
        code: 'Código',
        group: 'Autenticador',
        actions: 'Acciones',
      },
      systemKinds: { eproc: 'eproc', pje: 'PJe', esaj: 'e-SAJ', projudi: 'Projudi', other: 'Otro sistema' },
      degrees: { '1g': '1.ª instancia', '2g': '2.ª instancia', turma: 'Sala', unico: 'Instancia única' },
      validatedOn: (date) => `Validada el ${date}`,
      pendingHint: 'Código aún no confirmado en el tribunal',
      nextCode: 'siguiente',
      copyCode: (row) => `Copiar código de ${row}`,
      codeLoading: 'Generando código…',
      codeUnavailable: 'Código no disponible',
      unreadable: 'Ilegible',
      unreadableReasons: {
        CIPHERTEXT: 'datos dañados o alterados',
        KEY_UNKNOWN: 'cifrada con una clave que este cofre no tiene',
        FORMAT: 'registro con formato no válido',
      },
      otherAuthenticators: 'Otros autenticadores',
      groupCount: (count) => `${formatCount(count)} ${count === 1 ? 'credencial' : 'credenciales'}`,
      groupAlone: 'Solo este tribunal',
      actionsMenu: (row) => `Acciones de ${row}`,
      actionLabels: {
        qr: 'Mostrar código QR',
        edit: 'Editar',
        validate: 'Marcar como validada',
        remove: 'Eliminar',
        rekey: 'El tribunal generó una clave nueva',
      },
      loading: 'Cargando credenciales…',
      loadError: 'No se pudieron cargar las credenciales.',
      empty: 'No hay credenciales 2FA registradas',
      emptyHint: 'Registre el autenticador de un tribunal para seguir aquí los códigos de todo el despacho.',
      noResults: (text) => `Ninguna credencial coincide con «${text}».`,
      noResultsFiltered: 'Ninguna credencial coincide con los filtros elegidos.',
      clearSearch: 'Borrar búsqueda y filtros',
      rekeySaved: (row) =>
        `Clave nueva de ${row} guardada. Ingrese en el tribunal el código generado y marque la credencial como validada.`,
      removeTitle: 'Eliminar credencial 2FA',
      removeQuestion: (court, login) => `¿Eliminar la credencial de ${court}, usuario ${login}?`,
      removeWarning:
        'Los códigos dejarán de generarse aquí. En el tribunal el autenticador sigue registrado: si corresponde, desactive allí también la autenticación 2FA.',
      removeConfirm: 'Eliminar',
      qrTitle: (row) => `Código QR de ${row}`,
      qrHint:
        'Escanéelo con la aplicación autenticadora de otro dispositivo. Quien tiene la clave genera los códigos: muéstrela solo cuando sea necesario.',
      editTitle: (row) => `Editar ${row}`,
      ownerField: 'Responsable',
      labelField: 'Descripción',
      labelHint: 'Cómo aparece la credencial en la tabla, por ejemplo «Notificaciones — 1.ª instancia».',
      personalEmailField: 'Correo personal',
      personalEmailHint:
        'El correo informado al tribunal al activar 2FA. No se aceptan correos institucionales, como jus.br y gov.br.',
      notesField: 'Observaciones',
      emailMalformed: 'Ingrese un correo válido.',
      emailInstitutional: (suffix) => `El tribunal no acepta correos terminados en ${suffix}.`,
      saving: 'Guardando…',
      rekeyTitle: 'El tribunal generó una clave nueva',
      rekeyIntro: (row) => `Pegue la clave de autenticación nueva que el tribunal mostró para ${row}.`,
      rekeyNote:
        'La clave anterior deja de valer. La credencial vuelve a pendiente: ingrese en el tribunal el nuevo código de 6 dígitos para terminar el cambio y luego márquela como validada.',
      rekeySave: 'Guardar clave nueva',
      complianceTitle: 'Tribunales con 2FA obligatorio',
      complianceLabel: 'Cumplimiento de autenticadores por tribunal y responsable',
      complianceSummary: (incomplete, total) =>
        incomplete === 0
          ? `Los ${formatCount(total)} tribunales obligatorios tienen autenticador validado`
          : `${formatCount(incomplete)} ${incomplete === 1 ? 'tribunal obligatorio' : 'tribunales obligatorios'} sin autenticador validado`,
      complianceCells: (missing, pending) =>
        `${formatCount(missing)} ${missing === 1 ? 'registro faltante' : 'registros faltantes'} · ${formatCount(pending)} ${pending === 1 ? 'pendiente' : 'pendientes'} de confirmación`,
      complianceCourt: 'Tribunal',
      complianceSince: 'Obligatorio desde',
      complianceOffice: 'Despacho',
      complianceStatus: { validated: 'Validado', pending: 'Pendiente', missing: 'Sin autenticador' },
      complianceNone: 'Ningún tribunal del registro exige una aplicación autenticadora.',
    },
    authenticators: {
      title: 'Mis autenticadores',
      search: 'Buscar autenticador',
      searchPlaceholder: 'Tribunal, sigla o cuenta',
      hideCodes: 'Ocultar códigos',
      maskedCode: '••• •••',
      copyCode: (issuer, account, spelled) => `${issuer}, ${account}: código ${spelled}. Copiar`,
      revealCode: (issuer, account) => `Mostrar código — ${issuer}, ${account}`,
      copyHidden: (issuer, account) => `Copiar código — ${issuer}, ${account}`,
      copied: (issuer) => `Código de ${issuer} copiado`,
      copyFailed: 'No se pudo copiar el código',
      nextCode: (grouped) => `Siguiente: ${grouped}`,
      nextCodeSpoken: (spelled) => `Siguiente código: ${spelled}`,
      count: (count) => (count === 1 ? '1 autenticador' : `${count} autenticadores`),
      empty: 'No hay autenticadores registrados.',
      emptyHint: 'Registre una credencial 2FA para ver aquí los códigos de acceso a los tribunales.',
      noMatches: (query) => `Ningún autenticador coincide con «${query}».`,
      loadFailed: 'No se pudieron cargar los autenticadores.',
      unreadable: 'No se puede abrir esta credencial (datos dañados o clave desconocida).',
      codeUnavailable: 'Código no disponible en este momento.',
      codeLoading: 'Cargando código…',
      timerLabel: (issuer) => `Tiempo hasta el próximo código — ${issuer}`,
    },
    secretQr: {
      title: (issuer) => `Clave de autenticación — ${issuer}`,
      qrLabel: (issuer, account) => `Código QR de la clave de ${issuer} para ${account}`,
      scanHint: 'Escanee el código QR con la aplicación de autenticación o escriba la clave.',
      issuer: 'Emisor',
      account: 'Cuenta',
      key: 'Clave',
      parameters: 'Parámetros',
      parametersValue: (algorithm, digits, period) => `${algorithm}, ${digits} dígitos, ${period} s`,
      print: 'Imprimir copia en papel',
      keepSafe:
        'Guárdela en un lugar seguro: quien tenga esta clave puede generar sus códigos de acceso al tribunal. No la fotografíe ni la envíe por correo.',
      reveal: 'Mostrar clave',
      revealing: 'Abriendo la clave…',
      hide: 'Ocultar clave',
      hiddenNotice:
        'La clave está oculta. Muéstrela solo en un lugar privado, lejos de otras personas y cámaras.',
      withheld:
        'Las claves se guardan en el servidor y no se envían al navegador, así que no se puede mostrar aquí. Para una copia en papel, consulte al administrador del sistema.',
      invalidKey: 'No se pudo generar el código QR: la clave no es válida o es demasiado corta.',
    },
  },
}
