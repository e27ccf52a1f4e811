/**
 * The court's whole look, inlined in every page: a blue eproc header bar and one centered card. Plain
 * CSS, no web fonts or images, so pages render the same offline and in headless Chromium screenshots.
 *
 * @example
 *   markup`<style>${trustedHtml(STYLES)}</style>`
 */
export const STYLES = `
*, *::before, *::after { box-sizing: border-box; }
html { background: #e8edf3; }
body { margin: 0; min-height: 100vh; display: flex; flex-direction: column; font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: 15px; line-height: 1.45; color: #1d2733; }
a { color: #0b4f8c; }
.barra { background: #0b4f8c; color: #fff; border-bottom: 4px solid #5b9bd5; }
.barra-conteudo { max-width: 960px; margin: 0 auto; padding: 10px 20px; display: flex; align-items: baseline; gap: 16px; }
.logo { font-size: 30px; font-weight: 700; letter-spacing: -1px; font-style: italic; }
.orgao { font-size: 14px; opacity: 0.92; }
.barra a { margin-left: auto; color: #fff; font-size: 13px; }
.barra.sso { background: #263545; border-bottom-color: #8fb0cf; }
.barra.pje { background: #1f5b3c; border-bottom-color: #7fbf98; }
.barra.esaj { background: #7b2020; border-bottom-color: #d48a8a; }
.barra.sso .logo, .barra.pje .logo, .barra.esaj .logo { font-style: normal; letter-spacing: 0; }
main { flex: 1; display: flex; justify-content: center; align-items: flex-start; padding: 40px 16px 24px; }
.cartao { width: 100%; max-width: 420px; background: #fff; border-radius: 6px; padding: 28px 32px; box-shadow: 0 1px 3px rgba(16, 40, 70, 0.18), 0 6px 20px rgba(16, 40, 70, 0.08); }
.cartao.largo { max-width: 620px; }
h1 { font-size: 20px; color: #0b4f8c; margin: 0 0 16px; }
p { margin: 0 0 12px; }
label { display: block; font-weight: 600; font-size: 14px; margin: 14px 0 4px; }
.campo { width: 100%; padding: 8px 10px; font-size: 15px; border: 1px solid #95a5b6; border-radius: 4px; background: #fff; color: inherit; }
.campo:focus { outline: 2px solid #2f7bd1; outline-offset: 1px; border-color: #2f7bd1; }
.campo.codigo { max-width: 180px; font-size: 20px; letter-spacing: 4px; font-family: ui-monospace, "DejaVu Sans Mono", Consolas, monospace; }
.opcao { display: flex; gap: 8px; align-items: center; font-weight: 400; margin-top: 14px; }
.botoes { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; margin-top: 22px; }
.botao { display: inline-block; background: #0b4f8c; color: #fff; border: 1px solid #0b4f8c; border-radius: 4px; padding: 8px 22px; font: inherit; font-weight: 600; cursor: pointer; text-decoration: none; }
.botao:hover { background: #083e6f; }
.botao.secundario { background: #fff; color: #0b4f8c; }
.botao.secundario:hover { background: #eef4fa; }
.botao:focus-visible, .link:focus-visible, .chave:focus-visible { outline: 2px solid #2f7bd1; outline-offset: 2px; }
.link { background: none; border: 0; padding: 0; font: inherit; font-size: 14px; color: #0b4f8c; text-decoration: underline; cursor: pointer; }
.links { display: flex; flex-wrap: wrap; gap: 6px 18px; margin-top: 18px; font-size: 14px; }
.separador { border: 0; border-top: 1px solid #e1e7ee; margin: 20px 0 14px; }
.mensagem { border-left: 4px solid; border-radius: 4px; padding: 10px 12px; margin: 0 0 16px; font-size: 14px; }
.mensagem.erro { background: #fdecea; border-color: #c62828; color: #8e1c1c; }
.mensagem.aviso { background: #fff5dc; border-color: #d99a00; color: #5f4400; }
.mensagem.sucesso { background: #e7f4e8; border-color: #2e7d32; color: #1b5e20; }
.alert-error, .alert-warning, .alert-success, .alert-info { border-left: 4px solid; border-radius: 4px; padding: 10px 12px; margin: 0 0 16px; font-size: 14px; }
.alert-error { background: #fdecea; border-color: #c62828; color: #8e1c1c; }
.alert-warning { background: #fff5dc; border-color: #d99a00; color: #5f4400; }
.alert-success { background: #e7f4e8; border-color: #2e7d32; color: #1b5e20; }
.alert-info { background: #eaf2fb; border-color: #2f7bd1; color: #143d66; }
.erro-campo { display: block; margin-top: 6px; font-size: 14px; color: #b71c1c; }
.abas { display: flex; gap: 4px; border-bottom: 1px solid #d5dde5; margin: 0 0 16px; }
.aba { padding: 8px 14px; font-size: 14px; text-decoration: none; border: 1px solid transparent; border-bottom: 0; border-radius: 4px 4px 0 0; }
.aba.ativa { border-color: #d5dde5; background: #fff; font-weight: 600; margin-bottom: -1px; color: #1d2733; }
.perfis { display: grid; gap: 10px; margin-top: 8px; }
.perfis .botao { text-align: left; }
.parametros { font-size: 14px; margin: 8px 0 14px; padding-left: 20px; }
.qrcode { display: flex; justify-content: center; margin: 4px 0 14px; }
.qrcode svg { display: block; border: 1px solid #d5dde5; }
.chave { display: block; user-select: all; margin: 0 auto 6px; padding: 10px 12px; text-align: center; font-family: ui-monospace, "DejaVu Sans Mono", Consolas, monospace; font-size: 18px; letter-spacing: 1px; word-spacing: 4px; background: #f3f6f9; border: 1px dashed #95a5b6; border-radius: 4px; cursor: pointer; }
.copiada { display: block; min-height: 1.4em; text-align: center; font-size: 13px; color: #1b5e20; }
.nota { font-size: 13px; color: #4a5663; }
details { margin: 12px 0; font-size: 14px; }
summary { cursor: pointer; color: #0b4f8c; font-weight: 600; }
details ol { margin: 8px 0 0; padding-left: 20px; }
table { width: 100%; border-collapse: collapse; font-size: 14px; }
th, td { text-align: left; padding: 8px 6px; border-bottom: 1px solid #e1e7ee; vertical-align: top; }
th { color: #4a5663; font-weight: 600; }
.corpo-email { background: #f7f9fb; border: 1px solid #e1e7ee; border-radius: 4px; padding: 14px 16px; }
.corpo-email a { word-break: break-all; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; font-size: 14px; margin: 0 0 14px; }
dt { color: #4a5663; }
dd { margin: 0; }
.rodape { text-align: center; font-size: 12px; color: #5a6775; padding: 0 16px 22px; }
`
