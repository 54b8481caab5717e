# What every page shares: the frame around it, the form pieces, and the messages of errors and
# input rules. Keys by area: shell-, nav-, footer-, form-, field-, error-, invalid-, notice-.

shell-skip-to-content = Pular para o conteúdo
nav-account = Conta
nav-sign-in = Entrar
nav-create-account = Criar conta
nav-sign-out = Sair
footer-about = contas no Amazon Cognito
footer-language = Idioma
footer-change = Alterar

form-show = Mostrar
form-hide = Ocultar
form-sending = Enviando…
form-password-rules = De 8 a 256 caracteres. Espaços e qualquer letra ou símbolo são permitidos; quanto mais longa, mais segura.
# { $level } is one of the form-strength-* words below.
form-strength = Segurança: { $level }
form-strength-too-short = Muito curta
form-strength-fair = Razoável: uma senha mais longa é mais segura
form-strength-good = Boa
form-strength-strong = Alta
# Shown live while typing, in the browser: written without plural forms.
form-character-count = { $count } de { $max } caracteres
form-send-new-code = Enviar novo código
# A countdown in the browser: seconds as a unit, without plural forms.
form-send-new-code-in = Enviar novo código ({ $seconds } s)

field-email = E-mail
field-verification-code = Código de verificação
field-verification-code-hint = Seis dígitos ou grupos de letras como ABCD-EFGH-…, como aparece no e-mail.

error-invalid = Confira o que você digitou.
error-wrong-credentials = E-mail ou senha incorretos.
error-not-confirmed = Este endereço de e-mail ainda não foi confirmado.
error-wrong-code = Esse código está incorreto ou expirou. Peça um novo.
error-try-later = Muitas tentativas. Tente de novo daqui a pouco.
error-too-many-attempts =
    { $seconds ->
        [one] Muitas tentativas. Tente de novo em { $seconds } segundo.
        [many] Muitas tentativas. Tente de novo em { $seconds } de segundos.
       *[other] Muitas tentativas. Tente de novo em { $seconds } segundos.
    }
error-session-expired = Sua sessão terminou. Entre de novo.
error-sign-in-expired = Este login demorou demais. Comece de novo.
error-passkey-refused = Essa chave de acesso não funcionou. Tente de novo ou escolha outra forma de entrar.
error-passkey-not-added = Não foi possível adicionar esta chave de acesso. Tente de novo.
error-stale-profile = Este perfil foi alterado em outro lugar. Recarregue a página para ver as mudanças.
error-sessions-remain = Sua senha foi alterada, mas não foi possível desconectar todos os dispositivos. Daqui a pouco, use “Sair de todos os dispositivos”.
error-unavailable = Não foi possível acessar o serviço de contas agora. O que você digitou foi mantido; tente de novo daqui a pouco.
error-account-exists = Já existe uma conta com este e-mail.
error-unreadable = Não foi possível ler o formulário. Recarregue a página e tente de novo.
error-not-found = Não encontrado.
error-internal = Algo deu errado do nosso lado. Tente de novo daqui a pouco.
error-network = Não foi possível conectar ao servidor. Verifique sua conexão e tente de novo.
# A sign-in through another identity provider (Google, say) that did not finish.
error-provider-failed = Esse login não foi concluído. Tente de novo.
# { $provider } is the identity provider's name, such as Google.
error-provider-email-taken = Já existe uma conta com este e-mail. Entre nela com sua senha e depois vincule { $provider } em Configurações da conta, na seção “Contas vinculadas”.
error-provider-in-use = Esta conta { $provider } já é usada para entrar em outra conta.
error-provider-fresh-sign-in = Para fazer esta alteração, entre de novo com { $provider } primeiro e depois tente outra vez em até cinco minutos.

invalid-email-missing = Digite seu endereço de e-mail.
invalid-email = Digite um endereço de e-mail como name@example.com.
invalid-password-short = Use pelo menos 8 caracteres.
invalid-password-long = Use no máximo 256 caracteres.
invalid-password-common = Esta é uma das senhas mais comuns, por isso está entre as primeiras que um invasor tenta. Escolha uma só sua, como algumas palavras sem relação entre si.
invalid-password-personal = Esta senha é formada a partir do seu e-mail ou nome, que qualquer pessoa que conhece você poderia adivinhar. Escolha uma que não tenha relação com você.
invalid-password-guessable = Esta senha é fácil de adivinhar: uma única palavra, um nome, uma data ou uma sequência do teclado. Deixe-a mais longa, por exemplo com algumas palavras sem relação entre si.
invalid-password-breached = Esta senha apareceu em um vazamento de dados, por isso os invasores a testam. Escolha outra.
invalid-code-missing = Digite o código do e-mail.
invalid-code = Isso não parece um código do nosso e-mail. Confira e tente de novo.
invalid-sign-in-code = Digite o código do e-mail (apenas dígitos).
invalid-current-password = Digite sua senha atual.
invalid-app-code = Digite o código de seis dígitos que aparece no seu app autenticador.
invalid-recovery-code = Digite um dos seus códigos de recuperação: dez letras e dígitos, como 4f7k2-9xq3m.
invalid-app-or-recovery-code = Digite o código que aparece no seu app autenticador ou um dos seus códigos de recuperação.
invalid-device-name = Use no máximo 64 letras, números, espaços e sinais de pontuação.
invalid-display-name-missing = Digite o nome que vai aparecer na sua conta.
invalid-display-name-long = Use no máximo 64 caracteres.
invalid-display-name-characters = Use apenas letras, números, espaços e sinais de pontuação.
invalid-bio-long = Use no máximo 280 caracteres.
invalid-bio-characters = Use apenas letras, números, espaços, sinais de pontuação e quebras de linha.
invalid-time-zone = Escolha um fuso horário da lista.
invalid-language = Escolha um idioma da lista.
# { $word } is the word to type, kept as it is in every language.
invalid-delete-confirmation = Digite { $word } para confirmar.

notice-verified = Seu e-mail foi confirmado. Agora é só entrar.
notice-reset = Sua senha foi alterada. Entre com a nova senha.
notice-expired = Sua sessão terminou. Entre de novo.
notice-signin = Entre para continuar.
notice-resent = Este e-mail ainda não foi confirmado. Enviamos um novo código para você.
notice-everywhere = Você saiu da conta em todos os dispositivos.
notice-deleted = Sua conta e seu perfil foram excluídos.
notice-connected = { $provider } foi vinculado: agora você também pode entrar com ele.
notice-two-step-lifted = Você entrou com um código de recuperação, por isso o login em duas etapas foi desativado. Configure-o de novo abaixo com seu novo celular.
