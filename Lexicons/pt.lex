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
# "sim" informal do Brasil ("uhum", "aham", "ss"), "sem falta", "pode deixar"
ss
uhum
aham
unhum
sem falta
pode deixar
pode deixar que eu vou
vou estar presente
estarei lá sem falta
lá estaremos
vamos sim
iremos
irei
vou com certeza
certeza que vou
vai sim
ela vai
ele vai
ela vai estar lá
ele vai estar lá

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
desist*
não vou mais
não vou mais poder ir
não poderei comparecer
não tenho como comparecer
não estarei presente
não vou estar presente
não vou estar lá
não estarei lá
não consigo comparecer
não posso ir à consulta
não vou à consulta

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
marcar para outro dia
marcar … outro dia
marcar … outra data
marcar … outro horário
pode ser outro dia
pode ser outra hora
tem como mudar
tem como trocar
tem como passar
dá para mudar
dá pra mudar
dá para trocar
dá pra trocar
outro dia da semana
mais para a frente
mais pra frente
mudança de horário
troca de horário
pode ser dia
trocar para
trocar pra
passar pra
# "pode ser quinta à tarde?": outro dia ou período proposto
pode ser … segunda
pode ser … terça
pode ser … quarta
pode ser … quinta
pode ser … sexta
pode ser … sábado
pode ser … domingo
pode ser amanhã
pode ser de manhã
pode ser à tarde
pode ser de tarde
pode ser depois de amanhã
pode ser semana que vem
pode ser na próxima semana
dá para ser
dá pra ser
daria para ser

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
atrasei
me atrasei
atrasei-me
vou chegar mais tarde
chego mais tarde
estou a demorar
tô demorando
vou me demorar
chego um pouco depois
um bocadinho atrasad*
em cima da hora
me esperem por favor
pode esperar por mim
vou chegar em cima da hora

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
tremor
tremores
tremendo
tremedeira
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
# Já passou: um relato de saúde, não uma emergência ("já não me dói", "a febre passou"). "Estou melhor", "melhorei",
# "muito melhor" passaram para [other] no bloco 2026-12-03 (session 5) no fim do ficheiro.
já não dói
já não me dói
não dói mais
não me dói mais
parou de doer
a dor passou
passou a dor
a febre passou
a febre baixou
febre baixou
# pressão, tensão e açúcar com palavras no meio ("pressão está um pouco alta")
pressão … alta
pressão … baixa
tensão … alta
tensão … baixa
açúcar … alto
açúcar … baixo
glicose … alta
glicose … baixa
# ânimo em baixo (Portugal "ando em baixo"; Brasil "pra baixo")
sinto-me em baixo
ando em baixo
ando muito em baixo
estou em baixo
me sinto pra baixo
me sinto para baixo
estou pra baixo
tô pra baixo
sem vontade de nada
sem ânimo
desânimo
chorando muito
choro muito
# mais queixas comuns
dor nas costas
dor de costas
dor no corpo
dores no corpo
corpo dolorido
dor … joelho
dor … perna
falta de apetite
sem apetite
não consigo comer
a tossir
febre alta
pontos … infeccion*
pontos … inflamad*
sangue pelo nariz
sangrando pelo nariz
sangramento nasal
sem tosse
sem sintomas
dolorid*
doído
doída
machucad*
se machucou
machucou
torci
torceu
entorse
bateu … joelho
bateu … perna
bateu … braço
bateu … pé
levou uma pancada
menstruação … atrasad*
menstruação … não veio
período … atrasad*
muito em baixo
sangue no curativo
sai sangue
saiu sangue
saindo sangue
um pouco de sangue
pouco sangue
# doenças comuns nomeadas pelo paciente
catapora
sarampo
caxumba
dengue
zika
chikungunya
pneumonia
bronquite
sinusite
otite
amigdalite
conjuntivite
virose
herpes
micose
# leituras de pressão e glicose ("pressão ta 18 por 11", "a glicose deu 300")
pressão … por
pressão deu
pressão está
pressão tá
glicose deu
glicose está
glicose tá
glicemia deu
açúcar deu
açúcar está
açúcar tá
mancha vermelha
mancha na pele
manchas na pele
está coçando
tá coçando
coça muito
pressão subiu
pressão … subiu
pressão … baixou
pressão … caiu
tensão … subiu
glicose subiu
glicose … subiu
açúcar subiu
açúcar … subiu

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
# --- mais formas de dor ou aperto no peito (Brasil e Portugal: "o peito a apertar", "peito a doer")
peito … apert*
peito … doer
doer … peito
peito … pesando
peito … queimando
peito … ardendo
dor torácica
dor precordial
angina
# --- respiração: "não tô conseguindo respirar", "respirando mal", crise de asma
não … conseguindo respirar
não consegue … respirar
não consigo … respirar
não está conseguindo respirar
respirando mal
faltando o ar
falta-lhe o ar
falta o ar
muito ofegante
crise de asma
ataque de asma
crise asmática
# --- sinais de AVC: fala, rosto, força de um lado, visão
perdi a fala
perdeu a fala
ficou sem fala
não consegue levantar … braço
não consigo levantar … braço
não consegue levantar … perna
perdeu … força … braço
perdeu … força … perna
perdi … força … braço
perdi … força … perna
sem força … um lado
um lado … sem força
fraqueza … um lado
formigamento … um lado
rosto … dormente
cara … dormente
dormência … rosto
dormência … um lado
boca … caída
boca … caiu
visão dupla
vendo dobrado
vendo duplo
# --- confusão súbita: os sinais que a distinguem de "estou confusa com o horário"
acordou confus*
confus* de repente
de repente … confus*
confus* … não reconhece
confus* … sem sentido
ficou confus*
muito confus* … desorient*
desorientad*
não reconhece ninguém
não está reconhecendo
não reconhece … família
não me reconhece
falando coisa sem sentido
falando coisas sem sentido
não fala coisa com coisa
não diz coisa com coisa
delirando
# --- desmaio e inconsciência
síncope
não reage
não está reagindo
caiu … não responde
# --- dor insuportável, a pior da vida
dor insuportável
dores insuportáveis
dor … insuportável
não aguento de dor
não aguento a dor
não aguento mais a dor
não aguento mais de dor
morrendo de dor
a morrer de dores
a morrer de dor
pior dor … vida
# --- sangramento: Portugal ("a sangrar imenso", "bué"), vômito e tosse com sangue
sangr* … imenso
sangue … imenso
sangr* … bué
sangrando demais
sangra demais
muito sangramento
vomit* … com sangue
vomitou … sangue
vomitando … sangue
vomitei sangue
tossi sangue
tossiu sangue
toss* … com sangue
tossi … sangue
tossiu … sangue
tossindo … sangue
cuspindo sangue
cuspir sangue
cabeça … sangrando
cabeça … a sangrar
traumatismo craniano
# --- gravidez: bebê não mexe, bolsa rompeu, sangramento
bebê … não … mex*
neném … não … mex*
bebê parou de mexer
bebê … parou de mexer
bebê … não mexe
não sinto … bebê … mex*
não sinto … neném … mex*
não sinto o bebê
bolsa … rompeu
rompeu a bolsa
bolsa … estourou
estourou a bolsa
rebentou a bolsa
bolsa … rebentou
rebentaram-me as águas
perdendo líquido
# --- overdose e envenenamento (remédios, produtos de limpeza)
tomei … caixa de
tomou … caixa de
tomei … caixa inteira
tomou … caixa inteira
tomou muitos comprimidos
tomou todos os comprimidos
tomou muitos remédios
tomei … remédios … de uma vez
tomei … comprimidos … de uma vez
tomou … comprimidos … de uma vez
tomou … remédios … de uma vez
engoliu … produto
bebeu … produto de limpeza
água sanitária
soda cáustica
lixívia
bebeu … cândida
bebeu … veneno
tomou veneno
tomei veneno
# --- suicídio e autolesão: mais formas
se matar
matar-se
se suicidar
pensando em me matar
me enforcar
enforcar-me
me atirar
atirar-me
me jogar … prédio
me jogar … ponte
me jogar na frente
dar um fim … vida
dar fim … vida
tirar … vida
acabar comigo
me ferir
ferir-me
# --- emergência (mas "esse número é para emergência?" fica em [help])
chamei a ambulância
ligar … 112
liguei para o 112
chamem uma ambulância
liguei … 112
# --- "apagou" (desmaio, Brasil), "não se mexe", "não está acordando"
apagou e caiu
apaguei e caí
caiu apagad*
não está acordando
não tá acordando
não está a acordar
não consegue acordar
não se mexe
não se mexia
garganta … inch*
boca … inch*
vomitar … sangue
a vomitar sangue
tossir … sangue
a tossir sangue
a cuspir sangue
# --- Portugal: "cara descaída", "boca ao lado"; força perdida num braço ou perna
descaíd*
boca ao lado
boca … de lado
cara … de lado
sem força* … braço
sem força* … perna
braço … sem força*
perna … sem força*
não sabe em que dia
não sabe quem sou
sinto que vou morrer
parece que vou morrer
achei que ia morrer
# --- crise hipertensiva (pressão 20 por 12 ou mais)
crise hipertensiva
pico hipertensivo
pressão … 20 por
pressão … 21 por
pressão … 22 por
pressão … 23 por
pressão … 24 por
pressão … 25 por
sem conseguir respirar
sem poder respirar
falta ar
faltando ar
respiração curta
respiração … curta
respiração ofegante
respiração difícil
bebê … quente
neném … quente
quero sumir
queria sumir
vontade de sumir
sumir pra sempre
sumir para sempre
desaparecer para sempre
não vejo … saída
tomei 10 comprimidos
tomei 15 comprimidos
tomei 20 comprimidos
tomei 30 comprimidos
tomei 40 comprimidos
tomei 50 comprimidos
tomou 10 comprimidos
tomou 20 comprimidos
tomou 30 comprimidos
comeu … comprimido*
engoliu vários comprimidos
engoliu … cartela
engoliu … frasco
bebeu … frasco
tomou … frasco inteiro
tomei … frasco inteiro
fala … embolad*
falando … embolad*
falando … enrolad*
fala … enrolad*
falando estranho
fala estranha
falando mole
língua … pesada
língua … travada
boca … entort*
rosto … entort*
cara … entort*
entortou a boca
perd* … força … lado
vendo tudo escuro
vista … escurec*
tudo … escureceu
tudo ficou preto
se debatendo
babando … trem*
trem* … babando
olhos virados
revirando os olhos
não responde direito
não está respondendo
não tá respondendo
não consigo acordar ele
não consigo acordar ela
não consigo acordar meu
não consigo acordar minha
não conseguimos acordar
não consigo acordá-lo
não consigo acordá-la
aperto … coração
dor … fortíssima
dores … fortíssimas
dor de cabeça … de repente
de repente … dor de cabeça
dor de cabeça súbita
dor de cabeça repentina
# --- (passe de sinais de alarme) peito: "no meio do peito"; respiração: "não consigo puxar o ar"
no meio do peito
dor* … meio do peito
não consigo puxar o ar
não consegue puxar o ar
não … conseguindo puxar o ar
dificuldade … puxar o ar
custa … puxar o ar
não entra ar
o ar não entra
# --- (passe de sinais de alarme) AVC: um lado do corpo dormente ou paralisado
lado esquerdo … dorment*
lado direito … dorment*
lado … corpo … dorment*
metade do corpo
lado esquerdo … sem força*
lado direito … sem força*
# --- (passe de sinais de alarme) absorvente ou penso cheio a cada hora; apagou e não responde
absorvente* … hora
absorvente* … horas
penso* … hora
pensos … horas
ficou apagad*
está apagad*
tá apagad*
# --- (passe de sinais de alarme) ideação passiva e overdose ("tomei todos os meus comprimidos")
vida … não tem mais sentido
vida … perdeu o sentido
vida sem sentido
vida … não faz sentido
vida … não faz mais sentido
estivesse mort*
se eu morresse
melhor … eu morrer
tomou todos … comprimidos
tomou todas … pílulas
engoli … comprimidos
engoli … remédios
engoli … pílulas
engoli … frasco
engoli … caixa
engoli … cartela
# --- (passe de sinais de alarme) rosto inchado (reação alérgica grave)
rosto … inch*
inch* … rosto
cara … inchad*
cara … inchou
# --- (passe de sinais de alarme) "não tá falando coisa com coisa"; remédio tomado para não acordar
coisa com coisa
tomei … monte de … remédio
tomou … monte de … remédio
pra não acordar mais
para não acordar mais
pra não acordar nunca mais

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
# --- dor de cabeça súbita e "a pior da minha vida" em orações diferentes
cabeça + pior da minha vida
dor + pior da minha vida
# --- febre em bebê com menos de três meses (idade escrita em número ou por extenso)
febr* + de 1 mês
febr* + de um mês
febr* + com 1 mês
febr* + com um mês
febr* + tem 1 mês
febr* + tem um mês
{temperature} + de 1 mês
{temperature} + de um mês
{temperature} + tem 1 mês
{temperature} + tem um mês
febr* + bebé
febr* + recém nascid*
febr* + mês de vida
{temperature} + 2 meses
{temperature} + dois meses
{temperature} + bebé
# --- gravidez com sangramento ou o bebê que não mexe
gestante + sangr*
gravidez + sangr*
grávida + não mexe
grávida + perdendo sangue
grávida + perdi sangue
grávida + convuls*
# --- dor que a pessoa não aguenta, em orações diferentes
dor + insuportável
# --- dormência ou fraqueza de braço e perna juntos, ou de repente (sinal de AVC)
braço + perna + dorment*
dorment* + de repente
dormência + de repente
fraqueza + de repente + lado
# --- sinais de pré-eclâmpsia na gravidez: visão turva, dor de cabeça forte, inchaço no rosto
grávida + embaçad*
grávida + turva
grávida + dor de cabeça … fort*
grávida + rosto … inchad*
gestante + embaçad*
gestante + dor de cabeça … fort*
# --- "bebê com 38" (o número sem vírgula nem grau não é lido como temperatura)
com 38 + bebê
com 39 + bebê
com 38 + bebé
com 39 + bebé
com 40 + bebé
com 40 + bebê
com 38 + meses
com 39 + meses
com 38 + quimio*
com 39 + quimio*
# --- recém-nascido quente
quente + recém-nascid*
quente + recém nascid*
# --- contrações antes do tempo
contraç* + semanas
contraç* + grávida
contraç* + gestante
# --- confusão: "está confusa … não sabe onde está" (cada parte sozinha é comum demais)
confus* + não sabe onde está
desorient* + não sabe onde está
# --- não consegue falar de repente (sozinho é comum demais: "não consegue falar português")
de repente + não consegue falar
derrepente + não consegue falar
do nada + não consegue falar
de repente + não consigo falar
não consegue falar + boca
não consegue falar + braço
dorment* + derrepente
# --- (passe de sinais de alarme) dor e peito em orações diferentes; peito com queixo ou maxilar
dor* + peito
dói + peito
peito + queixo
peito + maxilar
peito + mandíbula
# --- (passe de sinais de alarme) bebê quente com a idade ("filha de 2 meses está muito quente")
corp* … quente + bebê
corp* … quente + bebé
corp* … quente + neném
muito quente + 2 meses
muito quente + dois meses
muito quente + 1 mês
muito quente + um mês
muito quente + semanas
corp* … quente + 2 meses
corp* … quente + 1 mês
corp* … quente + um mês
corp* … quente + semanas
está … quente + 2 meses
está … quente + 1 mês
está … quente + semanas
tá … quente + semanas
tá … quente + 2 meses
tá … quente + 1 mês
# --- (passe de sinais de alarme) apagou e não responde; inchaço de boca, rosto ou língua
apagou + não responde
apagou + não acorda
boca + inchad*
boca + inchou
rosto + inchad*
rosto + inchou
língua + inchad*
lábio* + inchad*
# --- (passe de sinais de alarme) queda com anticoagulante (as palavras inteiras, ver fr.lex)
caí + anticoagulante
caiu + anticoagulante
cabeça + anticoagulante
sangr* + anticoagulante
# --- (passe de sinais de alarme) bebê "pegando fogo" ou "fervendo", com a idade
pegando fogo + bebê
pegando fogo + bebé
pegando fogo + neném
pegando fogo + semanas
pegando fogo + 1 mês
pegando fogo + um mês
pegando fogo + 2 meses
pegando fogo + dois meses
fervendo + bebê
fervendo + semanas
a ferver + bebé

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
# "não manda mais", "manda mais não" (negação no fim, Brasil), "não quero ser contactado", "desativar as mensagens"
não manda mais
não manda mensagem
não manda mensagens
não mandar mais
não envia mais
não enviar mais
manda mais não
mandem mais não
manda mais nada
não mandem nada
não me mandem nada
não quero ser contact*
não quero ser contat*
não quero ser incomodad*
desativ* … mensage*
desativ* … notifica*
desativ* … lembrete*
desativ* … sms
cancel* … sms
cancel* … mensage*
anul* … mensage*
tirem … contacto
tire … contacto
removam … contacto
remover … contacto
apaguem … contacto
apagar … contacto
tirem … contato
removam … contato
apaguem … contato
remover … contato
excluir … contato
vou bloquear
vou denunciar
para de mandar mensagem
não quero mais essas mensagens
não quero mais esses sms
não quero mais receber nada
não quero … ser avisad*
não quero … ser lembrad*
não quero … ser contactad*
não quero … ser contatad*
não quero … ser incomodad*
não quero mais mensagem
não quero mensagem
retirem … contacto
retire … contacto
retirar … contacto
retirem … contato
retire … contato
# "msg"/"msgs" escritos assim (a abreviação é partilhada com outras línguas e não é expandida)
não quero mais msg
não quero mais msgs
não quero msg
não quero receber msg
não mande mais msg
não manda mais msg
não mandem mais msg
parem de mandar msg
para de mandar msg
pare de mandar msg
parem de me mandar msg
para de me mandar msg
parem com as msg
chega de msg
cancelar msg
cancelar as msg
não recebo mais
não quero … fazer parte
não quero mais participar
não autorizo
não autorizei
remover … telefone
remova … telefone
removam … telefone
tirem … telefone
tire … telefone
tirar … telefone
retirem … telefone
excluam … telefone
excluir … telefone
apaguem … telefone
remover … celular
tirem … celular
excluir … celular

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
reinscrever
me reinscrever
podem voltar a mandar
podem voltar a enviar
pode voltar a mandar
pode voltar a enviar
quero continuar recebendo
quero continuar a receber
ativar novamente
ativem as mensagens
ativem as mensagens de novo
voltem a me mandar
voltem a me enviar
volte a me mandar
volte a me enviar
voltar a me mandar
voltar a me enviar
podem voltar a me mandar

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
# Perguntas sobre o serviço que citam "emergência" sem relatar uma (mais longas que "emergência", por isso ganham).
é para emergência
é para emergências
é pra emergência
é pra emergências
é de emergência
número de emergência
serve para emergências
é para urgências
quem me mandou isso
que número é esse
que número é este
de onde é
de onde vocês são
que mensagem é essa
que mensagem é esta
não percebi
não percebo
o que é que é isto
quem está mandando
quem tá mandando
quem está enviando
quem enviou
quem manda
quem é que está
quem é que manda
podem explicar
pode explicar
pode me explicar
mensagem … confusa
não percebi a mensagem
como faço para confirmar
como faço pra confirmar
como eu confirmo
como posso confirmar
como é que confirmo
como é para confirmar
como respondo

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
# "emergência" numa pergunta prática, não um relato
em caso de emergência
em caso de urgência
numa emergência
# exames de imagem do peito e exames de sangue: perguntas, não sintomas
raio-x do peito
raio x do peito
radiografia do peito
radiografia ao tórax
exame de sangue
exames de sangue
análise ao sangue
análises ao sangue
análises de sangue
colheita de sangue
coleta de sangue
tirar sangue
# "barriga vazia", "estômago vazio": perguntas sobre jejum, não queixas
barriga vazia
estômago vazio
em jejum
# "não recebi" é uma pergunta, não um "recebido" negado
não recebi
ainda não recebi
nunca recebi
não recebemos
não chegou
ainda não chegou
# Artigo "da" e "um" seguidos de um nome: sem estas entradas mais longas, o "da" e o "um" soltos
# eram lidos como o "да"/"dạ"/"ừm" (sim) de outras línguas e uma pergunta passava a confirm.
da clínica
da consulta
da receita
da farmácia
da médica
da doutora
da enfermeira
da manhã
da tarde
da noite
da semana
da vacina
da cirurgia
da pressão
da tireoide
da diabetes
da minha
da sua
da mãe
da filha
da família
da unidade
da recepção
da marcação
da mensagem
da carta
da conta
da fatura
da escola
da empresa
da rua
um pouco
um pouquinho
um dia
um minuto
um momento
um horário
um exame
um atestado
um documento
um papel
um problema
um favor
um acompanhante
um encaixe
um retorno
um médico
um táxi
um carro
um lugar
um número
um recado
um outro
# "emergência" e "urgente" em frases práticas, não num relato (mais longas que a palavra sozinha, por isso ganham)
contato de emergência
contacto de emergência
contato para emergência
contacto em caso de emergência
número da emergência
conta da emergência
conta do pronto socorro
conta do pronto-socorro
fatura da urgência
fatura das urgências
nada urgente
nada de urgente
sem urgência
não tem urgência
não há urgência
não é urgente
não é nada urgente
não é emergência
não é uma emergência
# o tempo quente, não o corpo de um bebê
muito quente hoje
tá quente hoje
está quente hoje
quente lá fora
tempo quente
dia quente

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
tá ok
okk
okok
ok ok
blza
show
show de bola
joia
certinho
tá certinho
recebido
recebi
ok recebido
entendido obrigado
anotado
tá anotado
ok anotado
tá tá
tá então
tá beleza
tá joia
tá combinado
tá bom então
tá ótimo

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
agradecida
agradecido
brigadão
obgg
valeu mesmo
muito grato
muito grata
obrigado pela mensagem
obrigada pela mensagem
obrigado pelo lembrete
obrigada pelo lembrete

[negation]
# Palavra de negação e quantas palavras seguintes ela nega (a pontuação corta o alcance).
não = 2
nunca = 3
jamais = 3
nem = 2
sem = 2
nenhum = 1
nenhuma = 1
# Negações de várias palavras com alcance maior ("não tenho mais falta de ar", "já não tenho dor no peito").
não tenho mais = 3
não sinto mais = 3
já não tenho = 3
já não sinto = 3
não estou com = 3
não tô com = 3
não estou mais com = 3
nada de = 2
já não = 3
não está com = 3
não tá com = 3
não anda com = 3

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
Reagiu com 😍 a
Reagiu com 👏 a
Reagiu com 🥰 a
Reagiu com 💯 a

[reaction-other]
# As outras reações como texto (não curtiu, questionou): significam other.
Não curtiu
Questionou
Não gostou de
Reagiu com 👎 a
Reagiu com ❓ a
Reagiu 👎 a
Reagiu com 😢 a
Reagiu com 😡 a
Reagiu com 😮 a
Reagiu com ‼️ a
Reagiu com 😠 a

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
oq = o que
oque = o que
dnv = de novo
tava = estava
ctz = certeza
vdd = verdade
mta = muita
mtos = muitos
mtas = muitas
qto = quanto
tmb = também
aq = aqui
aki = aqui
amh = amanhã
vo = vou
sla = sei lá
nd = nada
ngm = ninguém
pfvor = por favor
porfa = por favor
grav = grávida
bb = bebê

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
cinco minutos = 5
dez minutos = 10
quinze minutos = 15
vinte minutos = 20
vinte e cinco minutos = 25
trinta minutos = 30
quarenta minutos = 40
quarenta e cinco minutos = 45
duas horas = 120
um bocadinho = 5
um pouquinho = 5
uns dez minutos = 10
uns quinze minutos = 15
uns vinte minutos = 20

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
daqui a uma semana = +1w
daqui uma semana = +1w
daqui 15 dias = +2w
daqui a um mês = +4w
daqui um mês = +4w
semana seguinte = +1w
na semana seguinte = +1w
amanhã de manhã = +1d
amanhã cedo = +1d
à tardinha = afternoon
fim da tarde = evening
final da tarde = evening
depois do almoço = afternoon
antes do almoço = morning
hora do almoço = afternoon

[option-words]
# Palavras que introduzem o número de uma opção ("opção 2").
opção
número
alternativa

# --- Sinais de alarme noutras formas (2026-12-03): a cartela inteira; "se queria matar".
[urgent]
tomei a cartela inteira
tomei … cartela inteira
a cartela inteira de remédio
se queria matar
se quer matar
queria-se matar
quer-se matar

# 2026-12-03 (session 5): ânimo em baixo, sono e energia (symptom); melhora, cobranças e plano de
# saúde, estacionamento, endereço e horário, emergências que não são médicas (other); quem é?
# (help); mudar a data, adiar (reschedule); atraso com diminutivos e trânsito (late); parem de me
# mandar (opt_out); sinais de alarme em terceira pessoa e na gíria (urgent); não, obrigado (cancel).
[symptom]
# --- ânimo em baixo, stress, sono, energia (sem autolesão: regra 10, um sintoma). Brasil: pra baixo,
# na bad, na fossa, deprê, sem pique; Portugal: em baixo, moral em baixo, abatido.
meio pra baixo
meio para baixo
ando pra baixo
ando para baixo
me sentindo pra baixo
me sentindo para baixo
sentindo-me em baixo
meio em baixo
moral em baixo
moral baixa
na bad
bateu uma bad
bateu a bad
na fossa
baixo astral
deprê
ando abatid*
estou abatid*
tô abatid*
me sinto abatid*
cabisbaix*
estou esgotad*
tô esgotad*
ando esgotad*
me sinto esgotad*
esgotad* mentalmente
burnout
estafad*
estou sem energia
tô sem energia
ando sem energia
me sinto sem energia
sem energia nenhuma
sem energia pra nada
sem energia para nada
sem pique
sem disposição
estresse
muito estresse
muito stress
ando em stress
cabeça cheia
pilha de nervos
nervos à flor da pele
angústia
angustiad*
aflit*
não me sinto eu mesmo
não me sinto eu mesma
não sou eu mesmo
não sou eu mesma
choro à toa
chorando à toa
chorando sem motivo
vontade de chorar
sem vontade de fazer nada
não tenho vontade de fazer nada
não tenho vontade de nada
me sinto só
me sinto sozinho
me sinto sozinha
sinto-me só
sinto-me sozinho
sinto-me sozinha
solidão
não durmo
não durmo direito
não tenho dormido
não consigo pegar no sono
não prego o olho
não preguei o olho
durmo mal
dormindo mal
mal durmo
noite sem dormir
noites sem dormir
insónia
# --- sem melhora (as formas de melhora estão em [other]: estas trazem a própria negação)
não estou melhor
não tô melhor
não estou melhorando
não tô melhorando
não estou a melhorar
não melhorei
ainda não melhorei
não me sinto melhor
não sinto melhora
nenhuma melhora
sem melhora
não teve melhora
não está melhorando
não tá melhorando
# --- a menstruação atrasou: uma queixa, não um atraso para a consulta
menstruação … atrasou
período … atrasou

[other]
# --- melhora: um aviso de que já está bem não é um relato de sintomas. "não estou melhor" e
# "não melhorei" continuam em [symptom]; "não preciso mais da consulta" continua cancel.
estou melhor
já estou melhor
tô melhor
já tô melhor
estou melhorando
tô melhorando
estou a melhorar
já estou a melhorar
me sinto melhor
me sentindo melhor
sinto-me melhor
melhorei
já melhorei
melhorei bastante
melhorei muito
bem melhor
muito melhor
melhorando
melhorzinh*
já estou bem
já tô bem
já me sinto bem
estou bem agora
tô bem agora
já estou boa
já estou bom
já sarei
sarei
me recuperei
já me recuperei
recuperei-me
estou recuperad*
novo em folha
nova em folha
tudo bem agora
já passou tudo
# --- cobranças, pagamentos, plano de saúde, recibos e preços ("recebi uma cobrança" ganha ao "recebi" de [ack])
recebi uma cobrança
recebi a cobrança
recebi uma conta
recebi a conta
recebi uma fatura
recebi a fatura
recebi um boleto
recebi o boleto
cobrança
cobraram
me cobraram
fui cobrad*
cobrado duas vezes
cobrada duas vezes
quanto devo
quanto eu devo
quanto tenho que pagar
quanto vou pagar
quanto fica
quanto é
quanto sai
quanto vai custar
quanto cobram
o plano cobre
meu plano cobre
o convênio cobre
o seguro cobre
plano cobre
aceitam convênio
aceitam meu convênio
aceitam o meu plano
aceitam plano
coparticipação
copagamento
franquia
taxa moderadora
recibo
nota fiscal
comprovante
comprovativo
fatura
boleto
pix
pagamento
como pago
onde pago
posso pagar
como faço para pagar
como faço o pagamento
parcelar
reembolso
conta do hospital
conta da clínica
pagar a conta
# --- estacionamento, endereço, como chegar, horário de funcionamento
onde estaciono
onde deixo o carro
onde posso deixar o carro
# "tem vaga" sozinho é um pedido de horário ([reschedule]): a frase inteira ganha
tem vaga de estacionamento
tem vaga para estacionar
tem vaga pra estacionar
tem vaga pro carro
vaga de estacionamento
vaga para estacionar
vaga pra estacionar
vaga pro carro
como chego
como chegar
como faço para chegar
como faço pra chegar
onde é
onde é a clínica
onde vocês ficam
onde fica a clínica
morada
qual a morada
localização
qual andar
que andar
em que andar
qual prédio
qual edifício
qual entrada
por onde entro
horário de funcionamento
horário de atendimento
que horas abre
que horas abrem
que horas fecha
que horas fecham
a que horas abre
a que horas fecha
estão abertos
qual ônibus
que autocarro
elevador
cadeira de rodas
# --- emergências que não são médicas e só explicam uma falta ou remarcação (as médicas continuam urgentes)
emergência no trabalho
emergência no serviço
emergência familiar
emergência de família
emergência em casa
emergência pessoal
urgência no trabalho
urgência no serviço
urgência familiar
assunto urgente
um assunto urgente
coisa urgente no trabalho
compromisso urgente
reunião urgente
trabalho urgente
serviço urgente

[help]
# --- quem é?, que mensagens são essas?
quem é esse
quem é este
quem seria
quem me mandou
quem me mandou mensagem
quem está me mandando
quem tá me mandando
quem me manda
com quem falo
com quem estou falando
com quem tô falando
de quem é esse número
de quem é este número
não conheço esse número
não conheço este número
não reconheço esse número
não reconheço este número
número desconhecido
que mensagens são essas
que mensagens são estas
o que são essas mensagens
o que são estas mensagens
por que estou recebendo
porque estou a receber
porque recebo estas mensagens
como isso funciona
como isto funciona
como é que isto funciona
é robô
é um robô
é automático
é uma pessoa

[reschedule]
# --- mudar a data ou a hora, adiar, deixar para depois
adiado
adiada
adiamento
adiem
adie
adiá-la
adiá-lo
pode adiar
deixar para depois
deixar pra depois
fica para depois
fica pra depois
ficar para depois
ficar pra depois
outra semana
noutra semana
outro mês
para outra semana
pra outra semana
deixar para a próxima semana
deixar pra próxima semana

[late]
# --- atraso com diminutivos, trânsito e transporte
uns minutinhos depois
chego uns minutos depois
pouquinho tarde
bocadinho tarde
um pouco tarde
estou engarrafad*
tô engarrafad*
fiquei engarrafad*
o ônibus atrasou
o autocarro atrasou
o comboio atrasou
o trem atrasou
o metrô atrasou
o uber atrasou
o ônibus não passou
o ônibus não passa
esperando o ônibus
esperando o uber
esperando o metrô
à espera do autocarro
à espera do comboio
à espera do uber
acidente na estrada
acidente na via
acidente na rodovia
acidente na marginal

[opt_out]
# --- parem de me incomodar, não me encham, remover da lista
parem de me incomodar
pare de me incomodar
para de me incomodar
não me incomodem
não me incomode
não me encham
parem de encher
chega de me mandar
chega de mandar
remover da lista
remova da lista
removam da lista
excluir da lista
tirar meu nome da lista

[urgent]
# --- sinais de alarme em terceira pessoa e na gíria (Brasil: piripaque, treco, apagou)
piripaque
teve um treco
deu um treco
deu-lhe um treco
apagou de repente
apagou do nada
segurando o peito
agarrado ao peito
com a mão no peito
peito … matando
sangrando pra caramba
sangrando muito mesmo
sangrando que nem
sangue pra caramba
cansaço pra respirar
cansaço para respirar
não mexe … braço
não mexe … perna
não mexe … lado
dormir e não acordar
não acordar mais
troço … peito
teve um troço
deu um troço
desfalec*
infart*
enfart*

[cancel]
# --- respostas que recusam a consulta
não vai rolar
não rola
dispenso
vou dispensar
vai dar não
vou poder não
não vou poder ir não

# 2026-12-03 (session 6): sinais de alarme em formas do dia a dia e na terceira pessoa: dor forte na
# gravidez, overdose e envenenamento (também de crianças), desmaio ou não responde, sangramento forte em
# palavras simples, aperto no peito com suor frio, braço ou queixo, pensamentos suicidas ditos de si ou de
# um familiar (urgent); palavras soltas para parar as mensagens e mais formas de o pedir (alone, opt_out);
# frases inofensivas parecidas (other).
[urgent]
# --- overdose e envenenamento: muitos comprimidos, a caixa, a cartela, na terceira pessoa
tomou … punhado de
engoliu … punhado de
tomei … punhado de
tomou … mão cheia de
tomei … mão cheia de
tomou … caixa toda
tomou … cartela toda
tomou … cartela inteira
tomou … frasco todo
tomei … frasco todo
bebeu … frasco todo
tomou … vidro todo
tomou … vidro inteiro
tomou … xarope todo
bebeu … xarope todo
tomou todo o xarope
bebeu todo o xarope
tomou … monte de … remédios
tomou … monte de … comprimidos
tomou … monte de … calmante*
tomei … monte de … calmante*
tomou … monte de … pílulas
tomou muitos calmantes
tomei muitos calmantes
tomou todos os remédios para dormir
tomou todos os comprimidos para dormir
tomou 15 comprimidos
tomou 40 comprimidos
tomou 50 comprimidos
tomou … 20 comprimidos
tomou … 30 comprimidos
tomei … 20 comprimidos
tomei … 30 comprimidos
tomou … 20 remédios
tomei … 20 remédios
engoliu vários
engoliu muitos
engoliu um monte de
engoliu todos os
engoliu … remédios da
engoliu … remédios de
engoliu … comprimidos da
engoliu … comprimidos de
engoliu … calmantes
engoli … calmantes
engoliu … pilha
engoliu … bateria
comeu os remédios
comeu uns remédios
comeu … remédios da
comeu … remédios de
comeu as vitaminas
comeu … pote de vitamina*
comeu … vidro de vitamina*
comeu as pílulas
comeu umas pílulas
comeu várias pílulas
comprimidos de propósito
remédios de propósito
bebeu … cloro
tomou … cloro
bebi … cloro
bebeu … água sanitária
tomou … água sanitária
bebeu … desinfetante
bebeu … detergente
tomou … detergente
bebeu … querosene
bebeu … gasolina
bebeu … thinner
bebeu … limpeza
tomou … limpeza
bebeu … lixívia
tomou … lixívia
tomou … chumbinho
comeu … chumbinho
tomou … veneno de rato
comeu … veneno
tomou … raticida
comeu … raticida
tomou … mata-rato
# --- desmaio, desabou, não responde, difícil de acordar
caiu duro
caiu dura
caiu desmaiad*
ficou desacordad*
ela desabou
ele desabou
desabou no chão
ficou inconsciente
meio inconsciente
semi inconsciente
semiconsciente
difícil de acordar ele
difícil de acordar ela
difícil acordar ele
difícil acordar ela
difícil acordá-lo
difícil acordá-la
não acorda de jeito nenhum
não responde a nada
não responde quando
não responde mais
chamo e não responde
chamo e não acorda
ela não responde
ele não responde
pai não responde
mãe não responde
marido não responde
esposa não responde
avó não responde
avô não responde
falo com ele e não responde
falo com ela e não responde
passou mal e apagou
apagou completamente
apagou e não
bebê … molinho
bebê … molinha
neném … molinho
bebê … mole e
bebé … molinho
# --- sangramento forte em palavras simples
sangue por todo lado
sangue pra todo lado
sangue para todo lado
sangue por toda parte
cheio de sangue
cheia de sangue
banhad* em sangue
coberto de sangue
coberta de sangue
poça de sangue
sangue … sem parar
sangrando em bica
sangue em bica
sangra em bica
sangrando como torneira
sangra como torneira
sangue … como torneira
esvaindo em sangue
encharc* … de sangue
encharcad* de sangue
encharquei … sangue
atravess* … curativo
sangue … atravessou
sangue vazando
vazando sangue
perdendo muito sangue
perdeu muito sangue
# --- aperto no peito: uma barra, um peso, alguém sentado em cima
barra … peito
elefante … peito
sentado … peito
em cima do … peito
peito … oprimid*
opressão … peito
peito … esmagad*
esmag* … peito
# --- pensamentos suicidas de si e de um familiar
quer morrer
querendo morrer
tô querendo morrer
quer se matar
querendo se matar
falou em se matar
fala em se matar
queria não ter nascido
preferia não ter nascido
quem me dera não ter nascido
não devia ter nascido
não queria ter nascido
quero desaparecer
cansei de viver
cansado de viver
cansada de viver
cansei da vida
desistir da vida
desisti da vida
desisti de viver
dar cabo da vida
acabar com a vida
me jogar da janela
me jogar do prédio
me jogar da ponte
se jogar … prédio
se jogar … ponte
se jogar da janela
partir desse mundo
sumir desse mundo
ir embora desse mundo
se enforcar
tirar a vida dele
tirar a vida dela
acabar com a vida dele
acabar com a vida dela

[urgent-combinations]
# --- grávida com dor forte, constante ou que não passa (barriga, ventre, costas, onde for)
grávida + dor forte
grávida + dor … forte
grávida + dores … fortes
grávida + dor constante
grávida + dor aguda
grávida + pontadas
grávida + dor horrível
grávida + dor terrível
grávida + dor … não passa
grávida + dor que não passa
grávida + dor … demais
grávida + muita dor
grávida + dói muito
grávida + dói demais
grávida + dói … muito
grávida + doendo muito
grávida + doendo demais
grávida + doendo … muito
grávida + cólica forte
grávida + cólicas fortes
grávida + cólica* … fortes
grávida + cólica* … forte
grávida + dor … sem parar
grávida + doem muito
grávida + doem demais
gravidez + doem muito
gravidez + doem demais
gravidez + doendo demais
gestante + doem muito
gestante + doem demais
gestante + doendo demais
gestação + dor forte
gestação + dor … forte
gestação + dores … fortes
gestação + dor … não passa
gestação + muita dor
gestação + dói muito
gestação + dói demais
gestação + doendo muito
gestação + cólica* … forte*
gestação + dor … barriga
gestação + barriga … dói
esperando bebê + dói demais
esperando um bebê + dói demais
tô de … meses + dói demais
estou de … meses + dói demais
está de … meses + dói demais
tá de … meses + dói demais
gravidez + dor forte
gravidez + dor … forte
gravidez + dores … fortes
gravidez + dor constante
gravidez + dor aguda
gravidez + pontadas
gravidez + dor horrível
gravidez + dor terrível
gravidez + dor … não passa
gravidez + dor que não passa
gravidez + dor … demais
gravidez + muita dor
gravidez + dói muito
gravidez + dói demais
gravidez + dói … muito
gravidez + doendo muito
gravidez + doendo … muito
gravidez + cólica forte
gravidez + cólicas fortes
gravidez + cólica* … fortes
gravidez + cólica* … forte
gravidez + dor … sem parar
gestante + dor forte
gestante + dor … forte
gestante + dores … fortes
gestante + dor constante
gestante + dor aguda
gestante + pontadas
gestante + dor horrível
gestante + dor terrível
gestante + dor … não passa
gestante + dor que não passa
gestante + dor … demais
gestante + muita dor
gestante + dói muito
gestante + dói demais
gestante + dói … muito
gestante + doendo muito
gestante + doendo … muito
gestante + cólica forte
gestante + cólicas fortes
gestante + cólica* … fortes
gestante + cólica* … forte
gestante + dor … sem parar
# --- o mesmo com outras palavras para a gravidez (esperando bebê, "tá de 7 meses")
esperando bebê + dor forte
esperando bebê + dor … forte
esperando bebê + dores … fortes
esperando bebê + dor … não passa
esperando bebê + muita dor
esperando bebê + dói muito
esperando bebê + doendo muito
esperando bebê + cólica* … forte*
esperando um bebê + dor forte
esperando um bebê + dor … forte
esperando um bebê + dores … fortes
esperando um bebê + dor … não passa
esperando um bebê + muita dor
esperando um bebê + dói muito
esperando um bebê + doendo muito
esperando um bebê + cólica* … forte*
tô de … meses + dor forte
tô de … meses + dor … forte
tô de … meses + dores … fortes
tô de … meses + dor … não passa
tô de … meses + muita dor
tô de … meses + dói muito
tô de … meses + doendo muito
tô de … meses + cólica* … forte*
estou de … meses + dor forte
estou de … meses + dor … forte
estou de … meses + dores … fortes
estou de … meses + dor … não passa
estou de … meses + muita dor
estou de … meses + dói muito
estou de … meses + doendo muito
estou de … meses + cólica* … forte*
está de … meses + dor forte
está de … meses + dor … forte
está de … meses + dores … fortes
está de … meses + dor … não passa
está de … meses + muita dor
está de … meses + dói muito
está de … meses + doendo muito
está de … meses + cólica* … forte*
tá de … meses + dor forte
tá de … meses + dor … forte
tá de … meses + dores … fortes
tá de … meses + dor … não passa
tá de … meses + muita dor
tá de … meses + dói muito
tá de … meses + doendo muito
tá de … meses + cólica* … forte*
# --- dor de barriga, no ventre ou no pé da barriga na gravidez
grávida + dor … barriga
grávida + dor … ventre
grávida + dor abdominal
grávida + dor … abdômen
grávida + dor … abdómen
grávida + dor … pé da barriga
grávida + dor … baixo ventre
grávida + barriga … dói
grávida + barriga … doendo
grávida + dói … barriga
grávida + doendo … barriga
grávida + pé da barriga
grávida + baixo ventre
grávida + embaixo do umbigo
gravidez + dor … barriga
gravidez + dor … ventre
gravidez + dor abdominal
gravidez + dor … abdômen
gravidez + dor … abdómen
gravidez + dor … pé da barriga
gravidez + dor … baixo ventre
gravidez + barriga … dói
gravidez + barriga … doendo
gravidez + dói … barriga
gravidez + doendo … barriga
gravidez + pé da barriga
gravidez + baixo ventre
gravidez + embaixo do umbigo
gestante + dor … barriga
gestante + dor … ventre
gestante + dor abdominal
gestante + dor … abdômen
gestante + dor … abdómen
gestante + dor … pé da barriga
gestante + dor … baixo ventre
gestante + barriga … dói
gestante + barriga … doendo
gestante + dói … barriga
gestante + doendo … barriga
gestante + pé da barriga
gestante + baixo ventre
gestante + embaixo do umbigo
# --- uma criança que pegou ou comeu remédios (um adulto que "tomou o remédio" não)
criança + pegou … remédio*
criança + pegou … comprimido*
criança + mexeu … remédio*
criança + comeu … remédio*
bebê + pegou … remédio*
bebê + comeu … remédio*
neném + pegou … remédio*
neném + comeu … remédio*
menino + pegou … remédio*
menina + pegou … remédio*
filho + pegou … remédios
filha + pegou … remédios
anos + pegou … remédio*
anos + comeu … remédio*
criança + comeu … vitamina*
bebê + comeu … vitamina*
neném + comeu … vitamina*
menino + comeu … vitamina*
menina + comeu … vitamina*
anos + comeu … vitamina*
# --- sangramento depois do parto ou da cirurgia
parto + coágulos
ganhei bebê + coágulos
tive bebê + coágulos
cesárea + coágulos
# --- peito, braço ou queixo com suor frio
peito + suor frio
peito + suando frio
peito + suando muito
peito + braço esquerdo
peito … estranho + suand*
peito … esquisito + suand*
peito … pesado + suand*
peito … apertado + suand*
suor frio + queixo
suor frio + maxilar
suor frio + mandíbula
suor frio + braço
suando frio + queixo
suando frio + maxilar
suando frio + mandíbula
suando frio + braço
braço esquerdo + suando
braço esquerdo + suor
# --- não responde, com um sinal de que a pessoa caiu ou está de olhos fechados
não responde + chão
não responde + caíd*
não responde + olhos fechados
não me responde + chão
não me responde + olhos fechados
não acorda + chão
apagou + chão
apagou + caiu
sonolent* + não responde

[other]
# --- frases inofensivas: o remédio tomado como deve ser, o telefone de um familiar
como o médico mandou
como a médica mandou
como o médico receitou
tomei todos os comprimidos hoje
tomei todos os remédios hoje
tomei todos os remédios certinho
# o telefone ou as mensagens de um familiar, não um desmaio (mais longas que "pai não responde", por isso ganham)
ele não responde o
ele não responde os
ele não responde as
ele não responde às
ele não responde mensage*
ele não responde bem
ela não responde o
ela não responde os
ela não responde as
ela não responde às
ela não responde mensage*
ela não responde bem
pai não responde o
pai não responde os
pai não responde as
pai não responde às
pai não responde mensage*
pai não responde bem
mãe não responde o
mãe não responde os
mãe não responde as
mãe não responde às
mãe não responde mensage*
mãe não responde bem
marido não responde o
marido não responde os
marido não responde as
marido não responde às
marido não responde mensage*
marido não responde bem
esposa não responde o
esposa não responde os
esposa não responde as
esposa não responde às
esposa não responde mensage*
esposa não responde bem
avó não responde o
avó não responde os
avó não responde as
avó não responde às
avó não responde mensage*
avó não responde bem
avô não responde o
avô não responde os
avô não responde as
avô não responde às
avô não responde mensage*
avô não responde bem
tomei a cartela toda do anticoncepcional
tomei a cartela inteira do anticoncepcional
tomei a cartela toda da pílula
tomou a cartela toda do anticoncepcional
não responde ao tratamento
não responde ao remédio
# --- morrer como exagero, não como desejo
quer morrer de vergonha
quer morrer de rir
morrendo de fome
morrendo de rir
morrendo de sono
morrendo de calor
morrendo de frio
morrendo de saudade
morrendo de vergonha
morrendo de medo
estou morrendo de fome
estou morrendo de rir
estou morrendo de sono
estou morrendo de calor
estou morrendo de frio
estou morrendo de saudade
estou morrendo de vergonha
estou morrendo de medo
morrer de rir
morrer de vergonha
quero desaparecer com
quero desaparecer as
quero desaparecer os

[opt_out]
# --- mais formas de pedir que parem as mensagens: gíria, raiva, erros de escrita, inglês no meio
parem
não quero … mensage*
não quero mais texto*
não me mandem … texto*
não me mande … texto*
chega de texto*
chega dessas mensagens
chega destas mensagens
chega dessas msg
chega desses sms
chega desses lembretes
para de encher o saco
para de me encher o saco
enchendo o saco com … mensage*
encher o saco com … mensage*
não quero mais message*
não manda mais message*
não quero mais text
para de mandar text*
parem de mandar text*

[alone]
# Uma palavra sozinha como resposta inteira: pedido para parar as mensagens
chega = opt_out
chega já = opt_out
basta = opt_out
parem = opt_out
remover = opt_out
descadastrar = opt_out
cancelar mensagens = opt_out
chega por favor = opt_out
