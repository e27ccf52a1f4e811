/**
 * What `--help` prints: commands, options, environment and exit codes, in pt-BR.
 *
 * ```sh
 * node dist/cli.js --help
 * ```
 */
export const HELP_TEXT = `Robô a2f: entra nos sistemas dos tribunais (eproc, eproc com Keycloak, PJe com SSO, e-SAJ)
sem ninguém por perto, com uma credencial guardada.

Uso:
  node dist/cli.js import <cópia-de-segurança.json>
  node dist/cli.js list
  node dist/cli.js login --account <usuário> [--system <sistema>] [--url <endereço>]
                         [--email-code-command <comando>] [--profile <perfil>] [--screenshot <arquivo.png>]

Comandos:
  import   Importa uma cópia de segurança criptografada do a2f ("Exportar cópia de segurança").
           Credenciais que já existem são mantidas como estão.
  list     Lista as credenciais guardadas: id, sistema, emissor, conta e situação.
  login    Entra no sistema da credencial (ou o de --system) com usuário e senha e, em seguida, com o
           código de 6 dígitos, reservado no banco: dois robôs no mesmo banco nunca enviam o mesmo
           código. No e-SAJ, com o código que o tribunal envia por e-mail (--email-code-command).

Opções:
  --account <usuário>      Conta no tribunal (login) da credencial a usar.
  --system <sistema>       Sistema do registro de tribunais (ex.: tjrs-eproc-1g, sandbox-pje): escolhe a
                           credencial quando a conta tem mais de uma e diz como entrar.
  --url <endereço>         Página de login; o padrão é a do sistema no registro de tribunais. Para os
                           sistemas do tribunal sandbox (sandbox-eproc, sandbox-eproc-keycloak,
                           sandbox-pje, sandbox-esaj), o endereço do sandbox (ex.: http://127.0.0.1:5180/).
  --email-code-command <c> Comando que escreve na saída o código enviado por e-mail (e-SAJ, STF): o
                           escritório lê a caixa de correio (IMAP). Recebe A2F_SYSTEM_ID, A2F_LOGIN,
                           A2F_CODE_SINCE (ms), A2F_CODE_SINCE_ISO, A2F_CODE_ATTEMPT e A2F_CODE_REASON;
                           tem 120 s. A saída nunca é mostrada.
  --profile <perfil>       Na "Seleção de perfil", o perfil que contém este texto (padrão: o primeiro).
  --screenshot <arquivo>   Salva uma captura da tela ao final (sem senha nem código).
  --database <url>         Usa o PostgreSQL nesta URL.
  --data-dir <pasta>       Usa o PGlite nesta pasta (padrão: ./.a2f-robot).
  -h, --help               Mostra esta ajuda.

Variáveis de ambiente:
  A2F_ROBOT_PASSPHRASE     Frase-senha do cofre (obrigatória; o cofre é criado no primeiro uso).
  A2F_BACKUP_PASSPHRASE    Frase-senha da cópia de segurança (import).
  A2F_DATABASE_URL         PostgreSQL, como --database.
  A2F_ROBOT_DATA_DIR       Pasta do PGlite, como --data-dir.
  A2F_EMAIL_CODE_COMMAND   Comando do código por e-mail, como --email-code-command.
  CHROMIUM_PATH            Executável do Chromium (padrão: /usr/bin/chromium; sem ele, o do registro npm).

Códigos de saída:
  0  login efetuado (ou comando concluído)
  1  erro inesperado; o tribunal recusou o login; pediu um captcha (o robô não resolve captchas);
     ou a página mudou (falta um campo esperado: nada é digitado nela)
  2  uso incorreto (inclui um sistema com código por e-mail sem --email-code-command)
  3  parado diante de aviso de bloqueio ou de usuário bloqueado
  4  usuário ou senha inválidos
  5  credencial não encontrada
`
