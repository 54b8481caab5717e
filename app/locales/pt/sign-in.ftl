# Signing in: the password, the other methods and the second step. Keys: login-.
# The page's title and heading and the "Sign in" buttons say nav-sign-in; the sign-up link says
# nav-create-account. Every key here is shown by the sign-in form, in the browser too.

## The password form, and what its steps share.

login-form-password = Senha
login-form-password-missing = Digite sua senha.
login-form-remember = Continuar conectado
login-form-continue = Continuar
login-form-signing-in = Entrando…
login-form-forgot-password = Esqueceu sua senha?
# Followed by the link "Create account" (nav-create-account); the space at the end separates them.
login-form-new-here = Ainda não tem conta?{" "}
# The label of the field for a code: the emailed one, or the authenticator app's.
login-form-code = Código

## The other ways to sign in, after the email: a passkey, or a code by email.

# Followed by the email address being signed in, in bold; the space at the end separates them.
login-methods-signing-in-as = Entrando como{" "}
login-methods-use-another-email = Usar outro e-mail
login-methods-or = Ou
login-methods-or-password = Ou use sua senha
# Read out by screen readers for the group of buttons.
login-methods-label = Formas de entrar
login-methods-passkey = Entrar com chave de acesso
login-methods-passkey-waiting = Aguardando sua chave de acesso…
login-methods-email-code = Receber um código por e-mail
login-methods-email-code-sending = Enviando um código…
# The sentence around a link to this page at localhost (the link shows that address); the spaces
# at the end of the first part and the start of the second separate them from it.
login-methods-passkey-ip-address-before = As chaves de acesso só funcionam com o nome deste site, não com um endereço IP: abra{" "}
login-methods-passkey-ip-address-after = {" "}para usar uma.
login-methods-passkey-unsupported = Este navegador não aceita chaves de acesso.

## The emailed code's step.

login-email-code-heading = Confira seu e-mail
# The sentence around the email address the code went to, in bold; the space at the end of the
# first part separates it from the address.
login-email-code-sent-before = Enviamos um código de login para{" "}
login-email-code-sent-after = . Digite-o aqui; ele vale por alguns minutos.
# { $address } is the email address the new code went to.
login-email-code-resent = Enviamos um novo código para { $address }.
login-email-code-hint = Nenhum e-mail depois de um minuto? Confira o endereço. Se o login em duas etapas estiver ativado, entre com sua senha.
login-email-code-another-way = Escolher outra forma

## The second step: the authenticator app's code, or a recovery code.

login-second-step-heading = Login em duas etapas
login-second-step-app-intro = Digite o código de seis dígitos que seu app autenticador mostra para esta conta.
login-second-step-recovery-intro = Digite um dos códigos de recuperação que você guardou ao configurar o login em duas etapas. Cada um funciona uma única vez.
login-second-step-recovery-code = Código de recuperação
login-second-step-verify = Confirmar
login-second-step-checking = Verificando…
login-second-step-use-app = Usar o app autenticador
login-second-step-use-recovery-code = Usar um código de recuperação
login-second-step-start-again = Começar de novo
login-second-step-app-code-wrong = Esse código está incorreto. Digite o que aparece no app agora.
login-second-step-recovery-code-wrong = Esse código de recuperação está incorreto ou já foi usado.

## After a password sign-in: the offer to add a passkey.

login-offer-signed-in = Pronto, você entrou.
login-offer-heading = Entre mais rápido da próxima vez
login-offer-text = Adicione uma chave de acesso e, da próxima vez, este dispositivo faz seu login com sua impressão digital, seu rosto ou o bloqueio de tela: sem senha para digitar e sem nada que alguém possa tirar de você com um golpe.
login-offer-adding = Adicionando chave de acesso…
login-offer-add = Adicionar chave de acesso
login-offer-not-now = Agora não

## Signing in through another identity provider. { $provider } is its name, such as Google.

login-continue-with = Continuar com { $provider }
login-continue-title = Entrando
login-continue-working = Concluindo seu login…
login-continue-back = Voltar para o login
