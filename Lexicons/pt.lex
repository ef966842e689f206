# Portuguese (pt) reply lexicon for Parlance.
#
# What this is: the words and phrases that Portuguese-speaking patients in the US use
# in SMS replies to clinic messages (appointment reminders, check-ins, lab and refill
# notices), grouped by the intent they signal (see shared/spec/intents.md). Covers both
# Brazilian usage (consulta, remarcar, tô atrasado, ônibus, trânsito, blz, vlw) and
# European usage (marcação, autocarro, comboio, estou a chegar, obrigadinho, fixe),
# with texting shorthand (vc, n, pfv, hj, td) and phone reactions as text.
#
# How to read it: one entry a line. Write accents correctly; unaccented spellings
# (nao, amanha, to atrasado) match by themselves. `*` ends a stem (remarc* = remarcar,
# remarco, remarcação). `…` allows up to three other words in between
# (dor … peito = "dor forte no peito"). Entries that carry their own negation
# ("não posso ir", "não consigo respirar") are matched whole.

@schema lexicon@1
@lang pt
@name Portuguese (Português)

[confirm]
# "Sim, vou comparecer" / sim à pergunta feita.
sim
simm
sim sim
sim senhor
sim senhora
claro
claro que sim
com certeza
certamente
pode ser
pode confirmar
confirm*
vou sim
sim vou
eu vou
vou lá
vou estar lá
vou estar aí
estarei lá
estarei aí
lá estarei
cá estarei
estarei presente
vou comparecer
comparecerei
compareço
vou sim senhora
isso mesmo
exatamente
exactamente
até lá
até amanhã
nos vemos
a gente se vê
pode contar comigo
conte comigo
tô indo
estou indo
estou a caminho
tô a caminho
a caminho
estou a ir
tô chegando
estou chegando
estou a chegar
quase chegando
já cheguei
cheguei
estou aqui
tô aqui
estou lá fora
vou sair agora
saindo agora
saindo de casa
vou sair de casa
estou a sair de casa
mantém a consulta
manter a consulta
✅
✔️
☑️

[cancel]
# "Não vou comparecer; liberem o horário". Um "não" sozinho responde a "SIM para confirmar ou NÃO para cancelar".
não
naum
ñ
nn
não obrigado
não obrigada
infelizmente não
cancel*
desmarc*
anul*
❌
não vou
n vou
não vou poder
não vou poder ir
não posso
n posso
não posso ir
não consigo ir
não vou conseguir
não vou conseguir ir
não poderei
não poderei ir
não irei
nem vou
não vou comparecer
não posso comparecer
não compareço
não dá
não vai dar
não vai dar pra ir
não vai poder
não vai poder ir
não vamos poder
não vai conseguir ir
não dá pra ir
não dá para ir
não tenho como ir
impossível
não preciso mais
não preciso mais da consulta
já não preciso
já não preciso da consulta
não é mais necessário
já fui atendido
já fui atendida
mudei de médico
estou viajando
estou fora da cidade
me mudei
mudei-me
surgiu um imprevisto
tive um imprevisto
não tenho interesse

[reschedule]
# "Quero a consulta em outro horário". Brasil: remarcar, reagendar; Portugal: alterar a marcação, adiar.
remarc*
re marcar
reagend*
re agendar
adiar
adiar a consulta
mudar … consulta
mudar … horário
mudar … data
mudar … dia
mudar … hora
trocar … consulta
trocar … horário
trocar … data
trocar … dia
alterar … consulta
alterar … marcação
alterar … data
alterar … hora
alterar … horário
outra marcação
nova marcação
outro dia
outra data
outro horário
outra hora
nova data
novo horário
outra consulta
mais cedo
horário mais cedo
horário mais tarde
pode ser mais tarde
antecip*
adiantar … consulta
atrasar … consulta
passar para
passar … para outro
tem vaga
tem vagas
tem horário
tem outro horário
horários disponíveis
disponibilidade
em vez de
ao invés de
em outro dia
noutro dia
noutra data
esse dia não posso
esse horário não dá
esse dia não dá
nesse dia não dá
nesse horário não posso

[late]
# "Vou, mas vou chegar atrasado".
atrasad*
atraso
atrasar
atrasando
vou atrasar
vou me atrasar
vou-me atrasar
chego atrasado
chego atrasada
vou chegar atrasado
vou chegar atrasada
um pouco atrasado
um pouco atrasada
uns minutos atrasado
uns minutos atrasada
vou chegar tarde
vou chegar um pouco tarde
chego tarde
chegarei tarde
chegar tarde
vamos chegar tarde
vou demorar
vou demorar um pouco
demorar um pouco
demorando
trânsito
engarrafamento
congestionamento
trânsito parado
preso no trânsito
presa no trânsito
no trânsito
na fila do trânsito
perdi o ônibus
perdi o autocarro
perdi o comboio
perdi o trem
perdi o metrô
não vou chegar a tempo
não chego a tempo
não vou conseguir chegar a tempo
não vou chegar na hora
não chego na hora
me esperem
esperem por mim
espera por mim
esperem-me
aguardem
ainda estou no trabalho
saindo do trabalho agora
sair do trabalho
acabei de sair

[symptom]
# Um problema de saúde que não é emergência: queixas, efeitos colaterais, ânimo em baixo.
dor
dores
dói
doendo
doer
a doer
dor de cabeça
enxaqueca
febre
febril
temperatura
calafrios
tosse
tossindo
tontura
tonteira
tonto
tonta
zonzo
zonza
vertigem
enjoo
enjoad*
mal disposto
mal disposta
indisposto
indisposta
náusea
náuseas
vomit*
vômito
vômitos
diarreia
prisão de ventre
intestino preso
alergia
reação alérgica
reacção alérgica
coceira
comichão
coçando
manchas vermelhas
vermelhidão
irritação
inchaço
inchad*
inflamad*
inflamação
hematoma
roxo no
sangrando
sangramento
a sangrar
sangue na urina
sangue nas fezes
infecção
infeção
infeccionad*
infectad*
pus
ferida
gripe
gripad*
resfriad*
constipad*
constipação
nariz entupido
coriza
congestionad*
dor de garganta
garganta inflamada
dor de ouvido
dor de dente
dor de barriga
dor de estômago
barriga
estômago
cólica
cólicas
ardência
ardor
arde
ardendo
queimação
arde ao urinar
dor ao urinar
infecção urinária
passando mal
tô passando mal
mal estar
mal-estar
me sentindo mal
me sinto mal
sinto-me mal
estou mal
não me sinto bem
não estou bem
não tô bem
não estou me sentindo bem
não me estou a sentir bem
doente
cansad*
cansaço
exaust*
fraqueza
fraco
fraca
sem força
sem forças
formigamento
formigueiro
dormência
dormente
palpitaç*
taquicardia
coração acelerado
coração disparado
ansiedade
ansios*
crise de pânico
ataque de pânico
depress*
deprimid*
triste
tristeza
desanimad*
estressad*
stressad*
nervos*
insônia
não consigo dormir
efeito colateral
efeitos colaterais
efeito secundário
efeitos secundários
o remédio … me
remédio … deixando
remédio … deixa
medicamento … deixa
medicação … deixa
remédio … faz mal
me fez mal
pressão alta
pressão baixa
tensão alta
tensão baixa
açúcar alto
açúcar baixo
glicose alta
glicose baixa
glicemia
levei um tombo
tombo
uma queda
piorando
piorou
estou pior
tô pior
ainda doente
não melhora
não melhorou
covid
deu positivo
testei positivo
machuquei
visão embaçada
vista turva
# "Pare" e "parar" que não pedem para parar as mensagens ("quero que a dor pare").
a dor pare
dor parar

[urgent]
# Uma possível emergência que precisa de uma pessoa agora: todo sinal de alarme da regra 10.
# --- dor, pressão ou aperto no peito; enfarte
dor … peito
dores … peito
peito … dói
dói … peito
peito … doendo
doendo … peito
peito … dor
aperto … peito
peito apertado
peito … apertado
pressão … peito
peso … peito
peito … pesado
ardor … peito
pontada … peito
queimação … peito
dor no coração
coração … dói
coração … doendo
ataque cardíaco
ataque do coração
ataque de coração
infarto
enfarte
dor … braço esquerdo
braço esquerdo … dormente
# --- respiração
não consigo respirar
não consegue respirar
não conseguia respirar
não consigo respirar direito
não dá para respirar
não dá pra respirar
não me deixa respirar
mal consigo respirar
falta de ar
me falta o ar
falta-me o ar
sem ar
sem fôlego
dificuldade … respirar
difícil respirar
custa … respirar
respirando com dificuldade
não está respirando
não está a respirar
parou de respirar
não respira
sufoc*
asfixi*
engasgad*
lábios roxos
ficando roxo
ficando roxa
# --- suicídio, autolesão, overdose
suicid*
me matar
matar-me
vou me matar
quero me matar
tirar minha vida
tirar a minha vida
tirar a própria vida
acabar com minha vida
acabar com a minha vida
acabar com tudo
quero morrer
queria morrer
vontade de morrer
não quero mais viver
não quero viver
não aguento mais viver
# frases que trazem a própria negação, com espaço para palavras intercaladas
não quero … viver
não quero … acordar
não quero … estar aqui
não quero … estar vivo
não quero … estar viva
não quero … existir
não … aguento mais
não … aguentando mais
sem vontade de viver
não tenho … vontade de viver
não tenho … para viver
não tenho … pra viver
não vale … pena viver
vida … não tem sentido
não vejo sentido … vida
ninguém … sentir … falta
melhor sem mim
quero estar mort*
queria estar mort*
preferia estar mort*
melhor morto
melhor morta
me machucar
machucar-me
me cortar
cortar-me
me cortei
me cortando
cort* … pulso*
machuquei … propósito
me cortei … propósito
me queimei … propósito
me feri … propósito
automutil*
auto mutila*
auto lesão
autolesão
automutila*
overdose
sobredosagem
tomei muitos comprimidos
tomei todos os comprimidos
tomei muitos remédios
tomei a caixa toda
tomei a cartela toda
tomei … monte de … comprimidos
tomei … monte de … remédios
tomei … caixa toda
tomei … cartela toda
envenen*
988
# --- sinais de AVC
avc
derrame
acidente vascular
boca torta
boca … torta
rosto … caído
rosto … torto
cara … torta
cara … caída
fala enrolada
falando enrolado
fala arrastada
língua enrolada
enrolando a língua
não consigo falar direito
não consegue falar direito
não consigo mexer … braço
não consigo mexer … perna
não consigo mexer … lado
não consegue mexer
não sinto … braço
não sinto … perna
não sinto … rosto
um lado … dormente
dormente … um lado
lado … dormente
lado … fraco
lado … adormecido
lado … paralisad*
paralisad*
perdi a visão
não enxergo de um olho
pior dor de cabeça
nunca … dor … peito
nunca senti … assim
# --- sangramento intenso
sangrando muito
sangra muito
sangrar muito
a sangrar muito
muito sangue
sangue demais
sangramento forte
sangramento intenso
sangramento … forte
hemorragia
não para de sangrar
o sangramento não para
não … para de sangrar
não … parando de sangrar
sangr* … não para
sangue … não para
sangr* … sem parar
não consigo parar … sangr*
não consigo estancar
sangue … não estanca
sangramento … não estanca
continua … sangrar
sangr* … horas
sangr* … uma hora
sangue … jorr*
jorr* … sangue
encharc* … absorvente*
coágulos … grandes
continua sangrando
continua a sangrar
ainda sangrando
vomitando sangue
vômito com sangue
tossindo sangue
grávida … sangr*
sangr* … grávida
a bolsa estourou
rebentaram as águas
# --- desmaio, inconsciência, convulsão
desmai*
perdi os sentidos
perdeu os sentidos
perdi a consciência
perdeu a consciência
inconsciente
não acorda
desacordad*
convuls*
ataque epiléptico
crise epiléptica
crise convulsiva
ataque de epilepsia
# --- febre em bebê com menos de três meses; febre durante quimioterapia
bebê … febre
febre … bebê
bebê … temperatura
neném … febre
nenê … febre
recém-nascido … febre
recém nascido … febre
recém-nascida … febre
febre … recém-nascido
meses … febre
semanas … febre
mês … febre
semana … febre
bebê … mês … febre
bebê … e … febre
febre … meses
quimio* … febre
febre … quimio*
quimio* … temperatura
febre … e … quimio*
# --- batida na cabeça (com anticoagulante)
bati … cabeça
bateu … cabeça
batida … cabeça
pancada … cabeça
caí … cabeça
caiu … cabeça
anticoagul* … cabeça
cabeça … anticoagul*
anticoagul* … caí
anticoagul* … caiu
anticoagul* … queda
varfarina … cabeça
marevan … cabeça
# --- reação alérgica grave
anafil*
choque anafilático
reação alérgica grave
reação alérgica forte
garganta … fechando
garganta … fechar
garganta … inchada
língua … inchada
lábios … inchados
inch* … língua
inch* … lábios
inch* … garganta
língua … inch*
lábios … inch*
epinefrina
epi pen
epipen
# --- palavras de emergência e socorro
emergência
urgente
urgência*
pronto socorro
pronto-socorro
ambulância
samu
911
socorro
me ajudem
ajudem-me
alguém me ajude
preciso de ajuda urgente
estou morrendo
estou a morrer
acho que vou morrer

[urgent-combinations]
# Sinais de alarme feitos de dois fatos que podem estar em orações ou frases diferentes ("tô na quimio. agora 38,4"): cada parte tem de estar na resposta, nenhuma negada.
# --- febre durante a quimioterapia
febr* + quimio*
{temperature} + quimio*
temperatura + quimio*
calafrio* + quimio*
febr* + oncolog*
febr* + câncer
{temperature} + câncer
febr* + cancro
{temperature} + cancro
# --- febre em bebê com menos de três meses
febr* + bebê
{temperature} + bebê
febr* + neném
{temperature} + neném
febr* + nenê
{temperature} + nenê
febr* + recém-nascid*
{temperature} + recém-nascid*
febr* + semanas de vida
{temperature} + semanas de vida
febr* + dias de vida
febr* + semanas + filh*
febr* + 2 meses
febr* + dois meses
# --- batida na cabeça ou queda com anticoagulante
cabeça + anticoagul*
cabeça + varfarina
cabeça + marevan
cabeça + xarelto
cabeça + eliquis
cabeça + afina* … sangue
caí + anticoagul*
# --- sangramento com anticoagulante
sangr* + anticoagul*
sangr* + varfarina
sangr* + marevan
sangr* + xarelto
sangr* + eliquis
# --- inchaço com dificuldade para engolir (reação alérgica grave); sangramento na gravidez
inch* + engolir
inch* + não consigo engolir
grávida + sangr*

[opt_out]
# "Parem de me mandar mensagens", em qualquer forma. PARE e SAIR são as palavras-chave habituais.
pare
sair
sair da lista
stop
cancelar inscrição
cancelar a inscrição
cancelar subscrição
cancelar a subscrição
cancelar assinatura
cancelar mensagens
cancelar as mensagens
descadastr*
desinscrever
desinscreva
não quero mais receber
não quero mais mensagens
não quero mensagens
não mande mais
não mandem mais
não me mandem
não me mandem mais
não enviem mais
não me enviem
não me enviem mais
parem de mandar
pare de mandar
para de mandar
pare de enviar
parem de enviar
parem de me mandar
parar de receber
chega de mensagens
chega de mensagem
remover meu número
remova meu número
remover o meu número
tirem meu número
me tira da lista
me tirem da lista
tirar da lista
retirar da lista
tirem-me da lista
excluir meu número
apagar o meu número
me deixem em paz
deixem-me em paz
para de me encher
# --- PARAR sozinho; parem / pare / para de mandar, em todas as pessoas
parar
para de me mandar
para de enviar
para de me enviar
pare de me mandar
pare de me enviar
parem de me enviar
parar de mandar
parar de enviar
parar de me mandar
parar de me enviar
parem de escrever
parem de me escrever
pare de me escrever
parem com as mensagens
parem com essas mensagens
para com as mensagens
para com essas mensagens
pare com as mensagens
pare com essas mensagens
parar as mensagens
parar os lembretes
parar os avisos
parar os sms
parar as notificações
parar o envio
parar com as mensagens
parar com essas mensagens
# --- deixem de me enviar (Brasil e Portugal)
deixem de me enviar
deixem de me mandar
deixem de enviar
deixem de mandar
deixe de me enviar
deixe de me mandar
deixe de enviar
deixe de mandar
deixa de me mandar
deixa de me enviar
deixa de mandar
deixa de enviar
deixar de receber
# --- me tira(m) dessa lista, retirem-me da lista, tirem meu número
me tira … lista
me tirem … lista
me tire … lista
tira-me … lista
tirem-me … lista
tire-me … lista
retirem-me … lista
retire-me … lista
me retirem … lista
me retire … lista
me remova … lista
me removam … lista
remova-me … lista
removam-me … lista
me exclua … lista
me excluam … lista
me exclui … lista
exclua-me … lista
excluam-me … lista
sair dessa lista
sair desta lista
sair … lista
sair do cadastro
sair do sistema
sair do grupo
sair do programa
sair do sms
tira … número
tirem … número
tire … número
tirar … número
retirem … número
retire … número
retirar … número
removam … número
remova … número
remover … número
excluam … número
exclua … número
excluir … número
apaguem … número
apague … número
apagar … número
deletem … número
deletar … número
# --- não quero (receber) mais
não quero receber mais
não quero receber … mensage*
não quero receber … sms
não quero receber … lembretes
não quero receber … notificações
não quero receber … avisos
não quero receber nada
não quero lembretes
não quero mais lembretes
não quero mais sms
não quero mais avisos
não quero mais notificações
não quero essas mensagens
não desejo receber mais
não desejo mais receber
não desejo receber … mensage*
não pretendo receber mais
não pretendo mais receber
não pretendo receber … mensage*
não pretendo continuar a receber
não quero continuar recebendo
não quero continuar a receber
# --- não me mande mais, não me contatem
não me mande mais
não me manda mais
não me envie mais
não me envia mais
não me mande mensage*
não me manda mensage*
não me envie mensage*
não me contatem
não me contactem
não me contate
não me contacte
não entrem em contato
não entrem em contacto
não me escrevam
me deixa em paz
me deixe em paz
deixa-me em paz
chega de sms
chega de lembretes
# --- cancelar a inscrição ou as mensagens (não a consulta)
cancel* … inscrição
cancel* … subscrição
cancel* … assinatura
cancel* … as mensagens
cancel* … essas mensagens
cancel* … estas mensagens
cancel* … os lembretes
cancel* … os avisos
cancel* … as notificações
cancel* … os sms
anul* … subscrição
anul* … inscrição
desinscrev*

[opt_in]
# "Voltem a me mandar mensagens".
voltar a receber
quero receber
quero voltar a receber
quero receber mensagens
ativar
ativar mensagens
reativar
reativ*
reactivar
inscrever
me inscrever
inscrever-me
recadastrar
retomar mensagens
podem mandar mensagens
podem enviar mensagens
pode mandar mensagens
continuem mandando
# --- SAIR, PARE ou STOP mandado sem querer: mais longo que a palavra sozinha, por isso ganha
# (com o verbo, para que "SAIR, sem querer ser chato" continue a ser um pedido para sair)
sair por engano
pare por engano
parar por engano
stop por engano
mandei … sem querer
enviei … sem querer
digitei … sem querer
respondi … sem querer
escrevi … sem querer
cliquei … sem querer
apertei … sem querer
mandei … por engano
enviei … por engano
sem querer mandei … sair
sem querer mandei … pare
sem querer mandei … stop
me descadastrei … sem querer
me descadastrei … por engano
# --- quero as mensagens de novo
receber de novo
receber novamente
mensagens de novo
lembretes de novo
mensagens novamente
lembretes novamente
voltem a mandar
voltem a enviar
voltar a mandar
continuar recebendo
continuar a receber

[help]
# "Como isso funciona? Quem é?". Um "ajuda" sozinho fica aqui, como HELP.
ajuda
informação
informações
info
mais informações
quem é
quem fala
quem está falando
quem tá falando
quem é você
quem são vocês
quem mandou
o que é isso
o que é isto
do que se trata
não entendi
não entendo
como funciona
o que significa
é golpe
é spam
é verdade
como conseguiram meu número
que clínica
qual clínica
qual consultório
falar com alguém
falar com uma pessoa
atendente
o que devo responder
o que respondo
como confirmo
pode me ajudar
podem me ajudar
poderia me ajudar

[other]
# Qualquer outra coisa que uma pessoa deve ler (perguntas, número errado, logística).
número errado
engano
foi engano
pessoa errada
não conheço
endereço
onde fica
estacionamento
estacionar
quanto custa
valor
preço
convênio
plano de saúde
seguro
pergunta
dúvida
tenho uma dúvida
me liga
me liguem
podem me ligar
resultado
resultados
exame
receita
farmácia
jejum
intérprete
tradutor
faleceu
não sei
kkk
kkkk
rsrs
haha
pare de tomar
parar de tomar
parar o remédio
parar a medicação
# SAIR, PARE e PARAR que não pedem para parar as mensagens.
parar de
parar na
parar no
parar em
pare o remédio
pare a medicação
pare o medicamento
pare com o remédio
sair mais cedo
sair cedo
sair às
sair daqui
posso sair
hora de sair
parar o tratamento
parar os remédios
parar o medicamento
parar com o remédio
parar com a medicação
parar o sangramento
parar a dor
parar a tosse
parar a diarreia
parar o vômito
parar a febre
sair de casa
sair do serviço
sair do hospital
sair do emprego
sair da escola
sair da cama
sair do consultório
# "sem querer" é uma locução, não uma negação: "fui inscrito sem querer, sair" continua a ser sair.
sem querer

[ack]
# Confirmações neutras: confirm quando a mensagem pedia resposta, other quando não pedia nada.
ok
okay
okey
oki
blz
beleza
tá bom
tá bem
tá
tudo bem
td bem
tudo certo
certo
combinado
fechado
tranquilo
de boa
suave
perfeito
ótimo
óptimo
entendido
entendi
ciente
está bem
está certo
fixe
ok obrigado
ok obrigada
sem problema
sem problemas
não tem problema
não há problema
não se preocupe
👍
👍🏻
👍🏽
👍🏿
👌
🆗

[thanks]
# Agradecimentos e bênçãos: other, ou confirm quando a mensagem pedia confirmação.
obrigado
obrigada
obg
obgd
obgda
brigado
brigada
muito obrigado
muito obrigada
obrigadão
obrigadinho
obrigadinha
valeu
vlw
agradeço
grato
grata
bem haja
deus abençoe
deus te abençoe
deus lhe abençoe
deus os abençoe
fica com deus
fiquem com deus
amém
bom dia para vocês
🙏
🙏🏻
🙏🏽
🙏🏿
❤️

[negation]
# Palavra de negação e quantas palavras seguintes ela nega (a pontuação corta o alcance).
não = 2
nunca = 3
jamais = 3
nem = 2
sem = 2
nenhum = 1
nenhuma = 1

[reaction]
# Como os telefones informam uma reação positiva como texto: PREFIXO "mensagem citada". Significa confirm.
Curtiu
Amou
Enfatizou
Destacou
Riu de
Riu-se de
Gostou de
Adorou
Reagiu com 👍 a
Reagiu com ❤️ a
Reagiu com 👌 a
Reagiu com 🙏 a
Reagiu com 😂 a
Reagiu com 😊 a
Reagiu com ✅ a
Reagiu 👍 a
Reagiu ❤️ a

[reaction-other]
# As outras reações como texto (não curtiu, questionou): significam other.
Não curtiu
Questionou
Não gostou de
Reagiu com 👎 a
Reagiu com ❓ a
Reagiu 👎 a

[words]
# Palavras muito comuns do português, só como indício de que a resposta está em português.
você vocês não sim obrigado obrigada olá oi bom boa noite
eu meu minha muito muita amanhã hoje ontem com uma em é
tá estou vou posso tenho isso isto agora quando onde quem bem também já
ele ela eles elas da das na nas ao seu sua dela dele
preciso quero então ainda mais sou tem pode fazer depois né
tudo vc vcs pra num senhor senhora doutor doutora marcação
pois cá fixe obrigadinho aí tchau beijos valeu mesmo vai foi ou

[shorthand]
# Abreviações de SMS, substituídas antes da comparação.
vc = você
vcs = vocês
cê = você
tb = também
tbm = também
pq = porque
q = que
n = não
nn = não
naum = não
blz = beleza
td = tudo
tds = todos
hj = hoje
amn = amanhã
amnh = amanhã
mto = muito
mt = muito
msg = mensagem
msgs = mensagens
pfv = por favor
pf = por favor
pfvr = por favor
obg = obrigado
obgd = obrigado
obgda = obrigada
vlw = valeu
flw = falou
msm = mesmo
qd = quando
qdo = quando
qnd = quando
cmg = comigo
ctg = contigo
agr = agora
dps = depois
tmj = tamo junto
fds = fim de semana

[minutes]
# Unidades depois de um número de minutos ("10 min").
minuto
minutos
min
mins
minutinho
minutinhos

[hours]
# Unidades depois de um número de horas.
hora
horas
horinha
hr
hrs
h

[durations]
# Durações escritas por extenso, em minutos.
meia hora = 30
meia horinha = 30
um quarto de hora = 15
quarto de hora = 15
uma hora = 60
uma hora e meia = 90
hora e meia = 90
uns minutos = 5
uns minutinhos = 5
alguns minutos = 5
alguns minutinhos = 5
poucos minutos = 5

[when]
# Palavras de dia e hora para pedidos de remarcação (os nomes completos dos dias vêm do ICU).
hoje = +0d
amanhã = +1d
depois de amanhã = +2d
esta semana = +0w
essa semana = +0w
semana que vem = +1w
na semana que vem = +1w
próxima semana = +1w
na próxima semana = +1w
para a semana = +1w
daqui a duas semanas = +2w
daqui a 2 semanas = +2w
em duas semanas = +2w
daqui a quinze dias = +2w
daqui a 15 dias = +2w
mês que vem = +4w
próximo mês = +4w
de manhã = morning
pela manhã = morning
na parte da manhã = morning
manhã = morning
cedinho = morning
meio dia = afternoon
meio-dia = afternoon
à tarde = afternoon
de tarde = afternoon
pela tarde = afternoon
na parte da tarde = afternoon
logo à noite = evening
à noite = night
de noite = night
pela noite = night
antes = before
antes das = before
mais cedo = before
depois = after
depois das = after
mais tarde = after
seg = weekday:1
segunda = weekday:1
terça = weekday:2
qua = weekday:3
quarta = weekday:3
qui = weekday:4
quinta = weekday:4
sex = weekday:5
sexta = weekday:5
sáb = weekday:6
dom = weekday:7
fim de semana = weekday:6

[option-words]
# Palavras que introduzem o número de uma opção ("opção 2").
opção
número
alternativa
