/**
 * What `--help` prints: commands, options, environment and exit codes, in pt-BR.
 *
 * ```sh
 * node dist/cli.js --help
 * ```
 */
export const HELP_TEXT = `Robô a2f: entra no eproc sem ninguém por perto, com uma credencial guardada.

Uso:
  node dist/cli.js import <cópia-de-segurança.json>
  node dist/cli.js list
  node dist/cli.js login --account <usuário> [--system <sistema>] [--url <página de login>] [--screenshot <arquivo.png>]

Comandos:
  import   Importa uma cópia de segurança criptografada do a2f ("Exportar cópia de segurança").
           Credenciais que já existem são mantidas como estão.
  list     Lista as credenciais guardadas: id, sistema, emissor, conta e situação.
  login    Entra no tribunal com usuário e senha e, em seguida, com o código de 6 dígitos.

Opções:
  --account <usuário>      Conta no tribunal (login) da credencial a usar.
  --system <sistema>       Sistema da credencial (ex.: trf4-eproc), quando a conta tem mais de uma.
  --url <endereço>         Página de login; o padrão é a do sistema no registro de tribunais.
  --screenshot <arquivo>   Salva uma captura da tela ao final (sem senha nem código).
  --database <url>         Usa o PostgreSQL nesta URL.
  --data-dir <pasta>       Usa o PGlite nesta pasta (padrão: ./.a2f-robot).
  -h, --help               Mostra esta ajuda.

Variáveis de ambiente:
  A2F_ROBOT_PASSPHRASE     Frase-senha do cofre (obrigatória; o cofre é criado no primeiro uso).
  A2F_BACKUP_PASSPHRASE    Frase-senha da cópia de segurança (import).
  A2F_DATABASE_URL         PostgreSQL, como --database.
  A2F_ROBOT_DATA_DIR       Pasta do PGlite, como --data-dir.
  CHROMIUM_PATH            Executável do Chromium (padrão: /usr/bin/chromium; sem ele, o do registro npm).

Códigos de saída:
  0  login efetuado (ou comando concluído)
  1  erro inesperado
  2  uso incorreto
  3  parado diante de aviso de bloqueio ou de usuário bloqueado
  4  usuário ou senha inválidos
  5  credencial não encontrada
`
