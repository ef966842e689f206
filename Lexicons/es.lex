# Spanish (es) reply lexicon for Parlance.
#
# What this is: the words and phrases that Spanish-speaking patients in the US use in
# SMS replies to clinic messages (appointment reminders, check-ins, lab and refill
# notices), grouped by the intent they signal (see shared/spec/intents.md). Covers
# Mexican, Central American, Caribbean, South American and Spain usage, with texting
# shorthand (q, xq, ntp, porfa), slang (simón, órale, nel) and phone reactions as text.
#
# How to read it: one entry a line. Write accents correctly; unaccented spellings
# (si, manana, ahi estare) match by themselves. `*` ends a stem (reprogram* =
# reprogramar, reprogramo). `…` allows up to three other words in between
# (dolor … pecho = "dolor fuerte en el pecho"). Entries that carry their own negation
# ("no puedo ir", "no puedo respirar") are matched whole.

@schema lexicon@1
@lang es
@name Spanish (Español)

[confirm]
# "Sí, voy a asistir" / yes to the question asked.
sí
sip
sipi
sii
siii
simón
sí señor
sí señora
sí claro
claro
claro que sí
por supuesto
desde luego
cómo no
afirmativo
correcto
confirm*
sí voy
sí iré
iré
ahí voy
voy a ir
sí voy a ir
ahí estaré
allí estaré
allá estaré
ahí estaremos
ahí estoy
estaré ahí
estaré allí
voy a estar ahí
asistiré
sí asistiré
voy a asistir
asisto
ahí nos vemos
nos vemos
allá nos vemos
nos vemos mañana
nos vemos pronto
hasta mañana
cuente conmigo
cuenten conmigo
sí puedo
sí puedo ir
sí llego
ahí llego
voy en camino
en camino
ya voy
ya voy para allá
ya casi llego
estoy llegando
ya llegué
ya estoy aquí
estoy afuera
mantener la cita
sigue en pie
✅
✔️
☑️
# --- sí, ahí estaré, cuenten conmigo, en otras formas y sin acentos
sí gracias
sí, gracias
sí confirmo
confirmado
confirmada
sí ahí nos vemos
ahí nos vemos mañana
allí estaremos
llegaré
sí voy a estar
sin falta
ya voy en camino
ahorita llego
orita llego
ahorita voy
ya mero llego
estoy en camino
vamos en camino
ahí vamos
sí señorita
sí por favor
sí, por favor
mañana voy
ahí voy a estar
ahí le caigo
ahí les caigo
nos vemos ahí
nos vemos allá
ahí nos vidrios
confirmo asistencia
confirmo mi cita
claro que voy

[cancel]
# "No voy a asistir; liberen el espacio". Un "no" solo responde a "SÍ para confirmar o NO para cancelar".
no
nop
nope
nel
no gracias
mejor no
cancel*
anul*
❌
no puedo
no puedo ir
no podré ir
no podré
no voy a poder
no voy a poder ir
no voy a poder asistir
no puedo asistir
no podré asistir
no asistiré
no voy a asistir
no puedo acudir
no acudiré
no voy
no iré
ya no voy
no vamos
no vamos a ir
no va a poder
no va a poder ir
no va a ir
no vamos a poder
no podrá ir
no podemos ir
no llegaré
no voy a llegar
no me es posible
me es imposible
imposible
no va a ser posible
no me va a dar tiempo
se me complica
se me presentó algo
me salió algo
surgió algo
tuve un imprevisto
no necesito la cita
ya no necesito la cita
ya no la necesito
no la necesito
ya no es necesaria
ya fui
ya me atendieron
cambié de doctor
cambié de clínica
estoy fuera de la ciudad
estoy de viaje
me mudé
no me interesa
# --- no voy a poder, me surgió algo, tengo trabajo
no voy a poder llegar
no podré llegar
no puedo llegar
no alcanzo a llegar
no puedo mañana
no puedo hoy
hoy no puedo
mañana no puedo
no voy a ir
no iremos
no podremos ir
no puedo esa cita
no voy a la cita
no podré ir a la cita
no asistiremos
ya no voy a ir
me surgió algo
me salió un compromiso
tengo trabajo
tengo que trabajar
me toca trabajar
ya no quiero la cita
# --- no quiero ir, esta vez no
no quiero ir
ya no quiero ir
no quiero la cita
no quiero ir a la cita
no quiero asistir
esta vez no
por ahora no
mejor cancelo
no voy a poder ir mañana

[reschedule]
# "Quiero la cita en otro momento".
reprogram*
re programar
reagend*
re agendar
recalendariz*
pospon*
pospus*
aplaz*
cambiar … cita
cambiar … fecha
cambiar … hora
cambiar … día
cambiar … horario
cambiar … turno
cambiarla
cambiármela
cambio de cita
cambio de fecha
cambio de hora
mover … cita
moverla
recorrer … cita
correr … cita
pasar … cita
adelantar … cita
atrasar … cita
retrasar … cita
otro día
otra fecha
otra hora
otro horario
otra cita
otro turno
nueva cita
nueva fecha
nuevo horario
más temprano
puede ser más tarde
se puede más tarde
podemos cambiar
se puede cambiar
puedo cambiar
en vez de
en lugar de
mejor el
mejor la otra semana
hay espacio
tienen espacio
hay lugar
disponibilidad
horarios disponibles
qué otros días
qué otros horarios
qué días tienen
qué horarios tienen
hacer otra cita
sacar otra cita
agendar otra
programar otra
ese día no puedo
a esa hora no puedo
esa hora no me queda
# --- algo más tarde / más temprano, otro día u hora
algo más tarde
algo más temprano
hay algo más tarde
tienen otro horario
tienen otra hora
cambiar para
cambiarla para
cambiármela para
pasarla para
moverla para
puede ser el
podría ser el
mejor otra hora
ese día no
a esa hora no
esa hora no
no puedo ese día
no puedo a esa hora
no me acomoda
no me conviene
otro horario por favor
cámbienme la cita
me la pueden cambiar
me la puede cambiar
la puedo cambiar
la podemos cambiar
recorrerla
pasar para
la podemos pasar
podemos pasarla
la puedo pasar
# --- cambiarla a video o por teléfono
cita … por video
cita … por videollamada
cita … virtual
cita … por teléfono
hacerla por video
hacerla por teléfono
hacerla virtual
por videollamada
en vez de ir

[late]
# "Voy a llegar, pero tarde".
voy tarde
vamos tarde
ando tarde
llego tarde
llegaré tarde
llegar tarde
llegando tarde
llegamos tarde
llegaremos tarde
voy a llegar tarde
vamos a llegar tarde
voy a llegar un poco tarde
llego un poco tarde
llegaré un poco tarde
un poco tarde
un poquito tarde
minutos tarde
min tarde
mins tarde
se me hizo tarde
se me hace tarde
retrasad*
atrasad*
con retraso
retraso
me demoro
me demoré
me voy a demorar
voy a demorar
demorado
demorada
me tardo
me voy a tardar
tráfico
tránsito
trancón
embotellamiento
atorado en el tráfico
atorada en el tráfico
atorad*
atascad*
perdí el camión
perdí el autobús
perdí el bus
perdí el tren
se me fue el camión
se me pasó el camión
se me ponchó una llanta
no llego a tiempo
no voy a llegar a tiempo
no llegaré a tiempo
no alcanzo a llegar a tiempo
espérenme
espéreme
espérame
guárdenme el lugar
todavía estoy en el trabajo
# --- voy atrasado, llego en unos minutos
voy atrasad*
llego en unos minutos
ando atrasad*
voy retrasad*
voy un poco tarde
un poco retrasad*
se me hizo un poco tarde
se me fue el bus
perdí la ruta
me quedé dormido
me quedé dormida

[symptom]
# Un problema de salud que no es emergencia: molestias, efectos secundarios, ánimo bajo.
dolor
dolores
duele
me duele
adolorido
adolorida
dolor de cabeza
jaqueca
migraña
tos
tosiendo
fiebre
calentura
temperatura
escalofríos
mareo
mareos
mareado
mareada
vértigo
náusea
náuseas
vomit*
vómito
vómitos
diarrea
estreñimiento
estreñid*
sarpullido
salpullido
ronchas
comezón
picazón
me pica
alergia
reacción alérgica
hinchado
hinchada
hinchazón
inflamad*
inflamación
moretón
sangrado
sangrando
sangra
sangre en
infección
infectad*
pus
herida
gripa
gripe
resfriad*
catarro
congestión
congestionad*
mocos
dolor de garganta
me duele la garganta
dolor de oído
dolor de muela
dolor de estómago
me duele el estómago
dolor de panza
panza
barriga
cólico
cólicos
retortijones
ardor
me arde
arde al orinar
dolor al orinar
me siento mal
me siento … mal
no me siento bien
me siento enfermo
me siento enferma
enfermo
enferma
malito
malita
me siento fatal
cansado
cansada
cansancio
agotad*
débil
debilidad
sin fuerzas
hormigueo
entumid*
adormecid*
palpitaciones
taquicardia
ansiedad
ansios*
ataque de pánico
deprimid*
depresión
triste
tristeza
me siento solo
me siento sola
estresad*
nervios
no puedo dormir
insomnio
efecto secundario
efectos secundarios
la pastilla me
las pastillas me
la medicina me
el medicamento me
me cayó mal
azúcar alta
azúcar alto
azúcar baja
azúcar bajo
presión alta
presión baja
no baja la fiebre
no me baja la fiebre
la fiebre no baja
me baja la presión
se me baja el azúcar
se me bajó el azúcar
me caí
una caída
empeorando
estoy peor
sigo mal
sigo enfermo
sigo enferma
no mejoro
covid
di positivo
salí positivo
vista borrosa
# "baja" y "parar" que no piden dejar de recibir mensajes ("fiebre baja", "toso sin parar").
fiebre … baja
presión … baja
tensión … baja
azúcar … baja
glucosa … baja
hemoglobina … baja
me baja la
le baja la
se me baja
hinchazón … baja
baja de peso
pare el dolor
el dolor pare
sin parar
no puedo parar
parar el sangrado
parar el dolor
parar la tos
parar la diarrea
parar el vómito
baja … fiebre
baja … calentura
baja … presión
baja … azúcar
baja … hinchazón
fiebre no baja
fiebre que no baja
hinchazón no baja
no le baja la fiebre
no se le baja la fiebre
no se me baja la fiebre
muy baja
salió baja
un poco baja
sigue baja
# --- presión, azúcar o glucosa alta con palabras en medio ("tengo la presión un poco alta")
presión … alta
tensión … alta
azúcar … alta
azúcar … alto
glucosa … alta
me subió la presión
se me subió la presión
se me subió el azúcar
se me sube la presión
# --- mareo, náusea y malestar por los medicamentos
me marea
me marean
me mareo
me mareé
me da mareo
me dan mareos
me siento mareado
me siento mareada
me caen mal
me cae mal
me hace daño
me hizo daño
me dio alergia
me dan náuseas
me da náusea
ganas de vomitar
guacare*
basca
bascas
agruras
acidez
reflujo
gastritis
empacho
estómago suelto
suelto del estómago
chorrillo
# --- tos, gripe, dolores de todos los días
toso
tosí
tos seca
flema
flemas
me duelen
duelen
me dolía
me dolió
dolía
resfrío
constipado
constipada
garganta irritada
me salieron ronchas
ampollas
erupción
manchas rojas
granitos
infección de orina
infección urinaria
mal de orín
hongos
sangre … nariz
me sangra la nariz
sangrado de nariz
sangrado nasal
sangran las encías
# --- ánimo bajo
sin ánimo
desanimad*
decaíd*
bajonead*
sin ganas de nada
me siento vacío
me siento vacía
lloro mucho
no tengo ganas de nada
# --- sin cambios o un síntoma que se quitó (un reporte de salud después de la visita); sin "no" dentro, para no apagar la negación.
# "me siento mejor", "estoy mejor", "mejorando" pasaron a [other] en el bloque 2026-12-03 (session 5) al final.
ya se me quitó
se me quitó el dolor
se me quitó la fiebre
ya me bajó la fiebre
ya bajó la fiebre
sigo igual
sigo con dolor
sigo con tos
sigo con fiebre
sigo con molestias
tengo molestias
molestias en
# --- una cortada o herida pequeña
me corté
cortada
cortadura
ya no sangra
# --- lecturas de azúcar y presión en casa
azúcar … salió
azúcar me salió
me salió el azúcar
azúcar está en
azúcar en
glucosa … salió
glucosa en
presión … salió
me salió la presión
la presión me salió
# --- molestias que faltaban en las pruebas
se me duermen
se me duerme
se me adormecen
se me entumen
no tengo hambre
no me da hambre
sin hambre
sin apetito
falta de apetito
no tengo apetito
no como nada
estornud*
me lloran los ojos
ojos llorosos
lagrimeo
me pican
# --- un derrame que no es cerebral (en el ojo, en la rodilla), o un derrame de hace años
derrame en el ojo
derrame ocular
derrame en la rodilla
derrame hace … años
tuvo un derrame hace
# --- la fiebre del bebé ya se quitó
se le quitó la fiebre
ya se le quitó la fiebre
se le bajó la fiebre
ya no tiene fiebre

[urgent]
# Una posible emergencia que necesita a una persona ahora: toda señal de alarma de la regla 10.
# --- dolor, presión u opresión en el pecho; infarto
dolor … pecho
dolores … pecho
duele … pecho
pecho … duele
pecho … dolor
presión … pecho
opresión … pecho
pecho apretado
aprieta … pecho
pecho … aprieta
pecho … pesado
peso … pecho
ardor … pecho
punzada … pecho
infarto
ataque al corazón
ataque cardíaco
corazón … duele
dolor … corazón
dolor … brazo izquierdo
brazo izquierdo … dormido
brazo izquierdo … entumido
# --- respiración
no puedo respirar
no puede respirar
no podía respirar
no puedo respirar bien
casi no puedo respirar
no puedo ni respirar
no me deja respirar
me cuesta respirar
cuesta … respirar
dificultad … respirar
trabajo … respirar
me falta el aire
falta … aire
falta de aire
me falta la respiración
sin aire
me ahogo
ahog*
asfixi*
no respira
dejó de respirar
no está respirando
labios morados
se está poniendo morado
se está poniendo morada
# --- suicidio, autolesión, sobredosis
suicid*
matarme
me voy a matar
me quiero matar
quitarme la vida
quitar la vida
me voy … matar
acabar con mi vida
terminar con mi vida
quiero morir*
me quiero morir
quisiera morirme
ganas de morir
no quiero vivir
ya no quiero vivir
no quiero seguir viviendo
no vale la pena vivir
# frases que llevan su propia negación, con lugar para palabras intercaladas
no quiero … vivir
no quiero … viviendo
no quiero … estar vivo
no quiero … estar viva
no quiero … estar aquí
no quiero … despertar*
no me quiero despertar
no quiero … existir
no … aguanto más
no tengo … ganas de vivir
sin ganas de vivir
no tengo … para vivir
no tiene sentido vivir
vida … no tiene sentido
no le encuentro sentido … vida
nadie me extrañaría
estarían mejor sin mí
quiero estar muert*
quisiera estar muert*
prefiero estar muert*
preferiría estar muert*
ojalá estuviera muert*
mejor muerto
mejor muerta
hacerme daño
lastimarme
# "cortarme" y "me corté" solos también son cortarse el pelo o un dedo: formas de autolesión
quiero cortarme
ganas de cortarme
pienso en cortarme
volver a cortarme
me corté otra vez
me corté de nuevo
me corté a propósito
me corto a propósito
me corté los brazos
me corté las piernas
me estoy cortando
me sigo cortando
volví … cortar*
cort* … venas
cort* … muñeca*
me lastimé … propósito
me hice daño … propósito
me quemé … propósito
me lastimo … mism*
autolesi*
sobredosis
tomé muchas pastillas
me tomé muchas pastillas
me tomé todas las pastillas
me tomé el frasco
tomé … montón de … pastillas
tomé … puño de … pastillas
tomé todo el frasco
envenen*
988
# --- señales de derrame cerebral
derrame
embolia
ictus
accidente cerebrovascular
cara … caída
cara … chueca
cara … torcida
boca … chueca
boca … torcida
boca … de lado
no puedo hablar bien
no puede hablar bien
habla … arrastrada
arrastra … palabras
traba … lengua
no puedo mover … brazo
no puedo mover … pierna
no puede mover
no siento … brazo
no siento … pierna
no siento … cara
un lado … dormido
lado … adormecido
lado … entumido
lado … dormido
lado … débil
paraliz*
medio cuerpo
perdí la vista
no veo de un ojo
peor dolor de cabeza
nunca había sentido
# "nunca … dolor … pecho" quitado: leía "nunca tuve dolor de pecho" como urgente (la negación dentro de la entrada apaga la negación)
nunca … dolor así
nunca había tenido un dolor
dolor como nunca
# --- sangrado abundante
sangrando mucho
sangra mucho
mucha sangre
sangrado abundante
sangrado … fuerte
hemorragia
no para de sangrar
no deja de sangrar
no … para de sangrar
no … deja de sangrar
sangra* … no para
sangre … no para
sangra* … sin parar
no puedo … parar … sangr*
no puedo detener … sangr*
sangrado no se detiene
sangra* … horas
sangra* … una hora
sangre … chorro*
chorro* … sangre
empap* … toalla*
empap* … compresa*
coágulos … grandes
no paro de sangrar
no para el sangrado
no se detiene el sangrado
el sangrado no para
sigue sangrando
vomitando sangre
vómito con sangre
tosiendo sangre
escupiendo sangre
embarazada … sangr*
sangr* … embarazada
se me rompió la fuente
# --- desmayo, inconsciencia, convulsiones
desmay*
perdí el conocimiento
perdió el conocimiento
perdió la conciencia
inconsciente
no despierta
no reacciona
se desvaneció
colaps*
convulsi*
ataque epiléptico
ataque de epilepsia
# --- fiebre en bebé de menos de tres meses; fiebre durante quimioterapia
bebé … fiebre
fiebre … bebé
bebé … calentura
calentura … bebé
bebé … temperatura
bebito … fiebre
bebita … fiebre
recién nacido … fiebre
recién nacida … fiebre
recién nacido … calentura
fiebre … recién nacido
meses … fiebre
semanas … fiebre
mes … fiebre
semana … fiebre
mes … calentura
bebé … y … fiebre
meses … calentura
semanas … calentura
fiebre … meses
quimio* … fiebre
fiebre … quimio*
quimio* … calentura
calentura … quimio*
quimio* … temperatura
fiebre … y … quimio*
calentura … y … quimio*
# --- golpe en la cabeza (con anticoagulantes)
golpe … cabeza
golpeé … cabeza
golpeó … cabeza
pegué … cabeza
pegó … cabeza
caí … cabeza
cayó … cabeza
anticoagula* … cabeza
cabeza … anticoagula*
anticoagula* … caí
anticoagula* … golpe
warfarina … caí
# --- reacción alérgica grave
anafila*
reacción alérgica grave
reacción alérgica fuerte
reacción alérgica severa
se me cierra la garganta
garganta … cierra
garganta … cerrando
garganta … hinchad*
lengua … hinchad*
labios … hinchad*
lengua … hinch*
labios … hinch*
hinch* … lengua
hinch* … labios
hinch* … garganta
lengua … inflamad*
epinefrina
epi pen
epipen
# --- palabras de emergencia y auxilio
emergencia
# "emergencias" solo también es "número de emergencias": en su lugar, estar o ir a emergencias
en emergencias
a emergencias
urgente
urgencia*
sala de emergencias
ambulancia
llamar al 911
911
auxilio
socorro
ayúdenme
ayúdame
ayuda urgente
me estoy muriendo
me voy a morir
# --- pecho: más formas de decirlo (pasado, "piquetes", "me aprieta", "me punza")
dolía … pecho
pecho … dolía
dolió … pecho
me punza el pecho
punzadas … pecho
piquetes … pecho
pecho … piquetes
pecho … apretad*
pecho … oprimido
pecho … presión
siento … peso … pecho
como … elefante … pecho
dolor … pechito
dolor … lado izquierdo del pecho
síntomas de infarto
le está dando un infarto
me está dando un infarto
# --- respiración, también de un hijo o de los papás
no puedo agarrar aire
no agarro aire
no me entra el aire
no me entra aire
no le entra el aire
no le entra aire
no alcanzo a respirar
respira con dificultad
respirando con dificultad
le falta el aire
casi no respira
casi no puede respirar
no puede ni respirar
respira muy rápido
se puso morad*
se está poniendo azul
se puso azul
labios azules
labios … morados
se está asfixiando
falta de respiración
# --- derrame: cara, habla, un lado del cuerpo
se me durmió … lado
se le durmió … lado
se me adormeció … lado
se le adormeció … lado
se me entumió … lado
se le entumió … lado
no puede mover … lado
no puede mover … cara
no puedo mover … cara
se le cayó … cara
no puedo mover … lado
no siento … lado
cara … dormida
cara … adormecida
cara … entumida
se le cayó la cara
se le torció la boca
torció … boca
se le chueque*
boca … caída
habla raro
está hablando raro
habla … enredad*
habla … trabad*
lengua trabada
se le traba la lengua
no se le entiende
no se le entiende nada
no le entiendo … habla
de repente no puede hablar
de repente no puedo hablar
arrastrando … palabras
síntomas de derrame
síntomas de embolia
le dio un derrame
le está dando un derrame
perdió la fuerza
de repente … visión
vista … negra
# --- convulsiones, no responde, no despierta
le dio un ataque
le está dando un ataque
está temblando y no responde
ya no responde
no responde … habl*
no lo puedo despertar
no la puedo despertar
no puedo despertarlo
no puedo despertarla
no podemos despertarlo
no podemos despertarla
no se despierta
ojos en blanco
se le voltearon los ojos
espuma por la boca
echando espuma
se puso … tieso
se puso … tiesa
se quedó inconsciente
se quedó sin sentido
perdió el sentido
se privó
# --- sobredosis, envenenamiento, niño que se tomó medicinas
# "me tomé todas mis pastillas" solo también es tomar bien el tratamiento: de golpe, juntas
todas … pastillas … de golpe
todas … pastillas juntas
todas … pastillas … a la vez
todas mis pastillas de golpe
sobredosis de pastillas
tomé demasiadas pastillas
se tomó demasiadas
se tomó un frasco
se tomó todo el frasco
se tomó … frasco de pastillas
se tomó … pastillas … mías
se tragó … pastillas
se comió … pastillas
se tragó … pila
se tragó una pila
tomó cloro
tomé cloro
bebió cloro
tomó veneno
tomé veneno
se tomó el cloro
tomé … muchas pastillas
me tomé … pastillas de más
# --- suicidio y autolesión: más formas cotidianas
acabar con todo
terminar con todo
quiero acabar con todo
ahorcarme
colgarme
pegarme un tiro
darme un tiro
tirarme … puente
quiero desaparecer para siempre
ojalá me muriera
ojalá no despertar
no quiero seguir aquí
ya no quiero estar aquí
ya no aguanto la vida
ya no puedo más con la vida
pienso en morir*
pensamientos de … morir
pensamientos de … suicid*
pensamientos de … daño
ideas de … matarme
ideas de … morir
intentó suicid*
se quiere matar
se quiere morir
# --- embarazo: sangrado, bebé que no se mueve, fuente rota, contracciones antes de tiempo
bebé no se mueve
bebé … no se mueve
bebé … ya no se mueve
bebé … dejó de moverse
bebé … se mueve menos
bebé … no ha movido
bebé … no patea
no siento … bebé
no siento que se mueva
no he sentido … bebé
no siento las pataditas
se rompió la fuente
rompí fuente
rompí la fuente
rompió fuente
rompió la fuente
se me reventó la fuente
estoy perdiendo líquido
me sale líquido
se me sale el agua
sangrado … embarazo
embarazo … sangr*
embarazada … manchando
embarazada … manchado
semanas y … sangr*
semanas de embarazo … sangr*
contracciones … semanas
semanas … contracciones
parto prematuro
trabajo de parto
preeclampsia
# --- confusión de repente, no sabe dónde está
confundid* … no sabe
está confundid*
anda confundid*
se ve confundid*
no sabe dónde está
no sabe dónde estaba
no sabe quién es
no sabe quién soy
no me reconoce
no nos reconoce
desorientad*
delira
delirando
alucinando
dice cosas sin sentido
habla incoherencias
incoherente
# --- dolor muy fuerte
insoportable
dolor … insoportable
dolor intenso
dolor severo
dolor terrible
dolor horrible
el peor dolor
muchísimo dolor
dolorísimo
no aguanto el dolor
no soporto el dolor
no aguanto … dolor
retorciéndome … dolor
retorciendo … dolor
gritando … dolor
llorando … dolor
dolor … 10 de 10
# --- golpe fuerte en la cabeza
se abrió la cabeza
herida en la cabeza
cabeza sangrando
sangrando de la cabeza
le sangra la cabeza
me sangra la cabeza
golpe fuerte … cabeza
se cayó de … escalera
se cayó … escaleras
me caí … escaleras
atropell*
# --- sangrado: más formas
sangro mucho
sangré mucho
sangrando bastante
sangra bastante
charco de sangre
no para la sangre
no se detiene la sangre
no se para la sangre
sale … sangre … no para
escupo sangre
toso sangre
vomito sangre
# --- alergia grave
se me hincha … cara … garganta
no puedo tragar … hinch*
cierra la garganta
garganta cerrada
# --- la cara dormida de repente
se me durmió … cara
se le durmió … cara
se me adormeció … cara
se le adormeció … cara
se me entumió … cara
se le entumió … cara
cara y el brazo
cara y … brazo … dormid*
# --- el pecho con palabras en medio ("dolor muy fuerte en el pecho")
dolor … en el pecho
dolor … en mi pecho
dolor … del pecho
duele … en el pecho
presión … en el pecho
opresión … en el pecho
ardor … en el pecho
dolor … de pecho
# --- vómito con sangre en pasado y presente
vomité sangre
vomita sangre
vomitando … sangre
vomit* … con sangre
sangre … vómito
# --- sangrado de más de una hora
sangra* … desde hace … hora*
sangra* … más de una hora
sangra* … más de 1 hora
# --- hinchazón de cara y garganta, lengua o labios
hinch* … cara … garganta
hinch* … cara … lengua
hinch* … cara … labios
# --- la vida sin sentido, con su propia negación
no le veo sentido … vida
ya no le veo sentido
no le veo caso … vida
no tiene caso vivir
para qué vivir
para qué seguir viviendo
no vale la pena seguir
# --- confusión
incoherencias
no sabe qué día es
no sabe en qué día
no sabe qué año
# --- dolor de 10, dolor que no deja pararse
dolor … de 10
un 10 de dolor
ni me puedo parar
ni me puedo mover
no me puedo mover del dolor
no me puedo levantar del dolor
caí … no me puedo levantar
cayó … no se puede levantar
# --- formas que faltaban en las pruebas
se le cayó … lado de la cara
se le cayó un lado
no puede levantar … brazo*
no puedo levantar … brazo*
no puede mover … brazos
se me hinchó toda la cara
se le hinchó toda la cara
hinchó … cara … rápido
niño se tomó … pastillas
niña se tomó … pastillas
hijo se tomó … pastillas
hija se tomó … pastillas
bebé se tomó … pastillas
niño se comió … pastillas
niña se comió … pastillas
bebé … mueve … menos
bebé … se mueve poco
bebé … casi no se mueve
confundid* de repente
de repente … confundid*
actuando raro
actúa raro
se comporta raro
raro y confundid*
dolor tan fuerte
dolor es tan fuerte
dolor … no me puedo mover
dolor … no puedo caminar
# --- formas formales y expresiones de sentirse morir
dolor torácico
dolor precordial
molestia … pecho
malestar … pecho
dificultad respiratoria
falta el aliento
falta de aliento
sin aliento
siento que me muero
me siento morir
siento que me voy a morir
siento que se muere
# --- pasada de señales de alarma: aire, derrame de pronto, toallas por hora
no me alcanza el aire
no me llega el aire
no me llega aire
no le alcanza el aire
no le llega el aire
mitad del cuerpo
mitad de la cara
mitad … cuerpo … dormid*
de pronto … vista
de pronto no veo
de pronto … confundid*
de pronto no puede hablar
de pronto no puedo hablar
de pronto … no siento
de repente no veo
de repente … no siento
repentinamente … confundid*
repentinamente … vista
repentinamente … débil
repentinamente no puede
no veo … de un ojo
toalla* … cada hora
compresa* … cada hora
pad* … cada hora
una toalla por hora
toallas por hora
# --- pasada de señales de alarma: ideas pasivas de muerte, sobredosis de golpe
si yo estuviera muert*
si estuviera muert*
si me muriera
si yo me muriera
estarían mejor si yo
estarían mejor si me
estarían mejor … sin mí
dormir* y no despertar
dormirme y ya no despertar
no volver a despertar
ya no despertar
cansad* de vivir
harto de vivir
harta de vivir
cansad* de la vida
harto de la vida
harta de la vida
no tiene sentido seguir
sin sentido seguir
me tomé … frasco*
tomé … frasco entero
frasco entero de pastillas
toda la caja de pastillas
me tomé … caja de pastillas
me tragué … pastillas
todas … pastillas … de una vez
todas … pastillas de un jalón
me corto los brazos
me corto las piernas
me corto las muñecas
# --- pasada de señales de alarma: el bebé que no se mueve
bebé … no se ha movido
bebé … no se ha mov*
no siento moverse … bebé
no lo siento moverse
no la siento moverse
no se mueve el bebé
# --- pasada de señales de alarma: segunda ronda de pruebas (pecho y brazo o quijada, garganta que se cierra, cara torcida)
doliendo … pecho
pecho … doliendo
brazo izquierdo … quijada
brazo izquierdo … mandíbula
quijada … brazo
mandíbula … brazo
hunden … costillas
costillas … hunden
respira … raro
cerrando … garganta
cierra … garganta
cerró … garganta
torció … cara
cara … torci*
vista de un ojo
de repente … nubl*
sangr* … muchísim*
muchísima sangre
desangr*
botando … sangre
echando … sangre
desvanec*
no le veo sentido a nada
no le encuentro sentido a nada
nada tiene sentido
para qué vivo
quiero desaparecer
quisiera desaparecer
ganas de desaparecer
desaparecer para siempre
me quiero cortar
hinch* … cara
cara … hinchad*
cara hinchada
inflam* … lengua
inflam* … labios
lengua … inflamad*
labios … inflamad*
salió la fuente
se rompió … fuente
reventó … fuente
# --- pasada de señales de alarma: formas caribeñas, centroamericanas y spanglish
yeyo
me dio un yeyo
le dio un yeyo
patatús
soponcio
vahído
pasé out
pasó out
se pasó out
me pasé out
se le fue el sentido
se me fue el sentido
se me fue el aire
se le fue el aire
no puedo breathe
no puedo breath
no puede breathe
bleeding mucho
bleeding bastante
bleeding bien feo
sangr* … montón
montón de sangre
duele … chest
dolor … chest
chest … duele
se le duerme … lado
se me duerme … lado
hablando arrastrad*
habla arrastrad*
no quiero estar en este mundo
irme de este mundo
ir de este mundo
mejor me muero
mejor morirme
sería mejor morirme
mejor estar muert*
quiero que todo se acabe
que todo se acabe
pastillas … a propósito
tomé … a propósito
tomarme todas las pastillas
me voy a tomar todas las pastillas
hinch* … boca
boca hinchada
boca … hinchad*
rompió la bolsa
rompió … bolsa de agua*
se me rompió la bolsa
rompí la bolsa
rota de fuente
baby … no se mueve
baby … no se ha movido
baby … dejó de moverse

[urgent-combinations]
# Señales de alarma hechas de dos datos que pueden estar en cláusulas u oraciones distintas ("estoy en quimio. tengo 38.4"): cada parte debe estar en la respuesta, ninguna negada.
# --- fiebre durante la quimioterapia
fiebr* + quimio*
calentur* + quimio*
{temperature} + quimio*
temperatura + quimio*
escalofríos + quimio*
fiebr* + oncolog*
fiebr* + cáncer
{temperature} + cáncer
# --- fiebre en un bebé de menos de tres meses
fiebr* + bebé
calentur* + bebé
{temperature} + bebé
fiebr* + bebit*
{temperature} + bebit*
fiebr* + bb
fiebr* + recién nacid*
{temperature} + recién nacid*
fiebr* + semanas de nacid*
{temperature} + semanas de nacid*
fiebr* + días de nacid*
fiebr* + semanas + hij*
fiebr* + 2 meses
fiebr* + dos meses
# --- golpe en la cabeza o caída con anticoagulantes
cabeza + anticoagula*
cabeza + warfarina
cabeza + coumadin
cabeza + sintrom
cabeza + eliquis
cabeza + xarelto
cabeza + adelgaz* … sangre
caí + anticoagula*
caí + warfarina
caí + sintrom
# --- sangrado con anticoagulantes
sangra* + anticoagula*
sangra* + warfarina
sangra* + sintrom
sangra* + eliquis
sangra* + xarelto
# --- hinchazón con dificultad para tragar (reacción alérgica grave); sangrado en el embarazo
hinch* + tragar
hinch* + no puedo tragar
embarazada + sangra*
# --- fiebre o temperatura en un bebé de uno o dos meses, escrito de muchas formas
calentur* + semanas
calentur* + meses de nacid*
fiebr* + meses de nacid*
fiebr* + mes de nacid*
{temperature} + meses de nacid*
{temperature} + mes de nacid*
{temperature} + 1 mes
{temperature} + 2 meses
{temperature} + un mes
{temperature} + dos meses
fiebr* + 1 mes
fiebr* + un mes
fiebr* + niñ* + semanas
temperatura + bebé
temperatura + recién nacid*
# --- alergia grave: ronchas o hinchazón con falta de aire o garganta cerrada
ronchas + respirar
ronchas + lengua
ronchas + labios
hinch* + respirar
alergi* + lengua
alergi* + no puedo tragar
# --- asma o silbido con falta de aire o sin poder hablar
silb* + no puede hablar
silb* + no puedo hablar
inhalador + no ayuda
inhalador + no le ayuda
inhalador + no funciona
inhalador + no hace nada
# --- convulsión o caída con "no responde"
tembl* + no responde
ataque + no responde
cayó + no responde
cayó + no despierta
# --- embarazo: semanas con sangrado, líquido o dolor de cabeza fuerte
semanas + sangrando
embarazada + líquido
embarazada + manchando
embarazada + manchado
embarazada + contracciones
embarazada + dolor de cabeza fuerte
embarazada + vista borrosa
embarazada + no se mueve
# --- golpe en la cabeza con vómito o desmayo
golpe* … cabeza + vomit*
pegué … cabeza + vomit*
pegó … cabeza + vomit*
# --- un bebé calientito
calient* + recién nacid*
calient* + bebé
calient* + semanas de nacid*
temperatura + semanas
temperatura + meses de nacid*
temperatura + mes de nacid*
embarazada + borroso
embarazada + dolor de cabeza terrible
embarazada + dolor de cabeza muy fuerte
embarazada + peor dolor de cabeza
picó + hinch* … cara
picó + garganta
picó + no puedo respirar
# --- pasada de señales de alarma: un bebé de días, semanas o uno o dos meses con el cuerpo caliente; ronchas y tragar
calient* + un mes
calient* + 1 mes
calient* + dos meses
calient* + 2 meses
calient* + semanas
calient* + días de nacid*
calient* + mes de nacid*
calient* + meses de nacid*
ronchas + tragar
ronchas + garganta
hinch* + boca
embarazada + bajando sangre
embarazada + baja sangre
embarazada + sale sangre
embarazada + manchas de sangre

[opt_out]
# "Dejen de mandarme mensajes", en cualquier forma. BAJA es la palabra clave habitual.
baja
dar de baja
darme de baja
denme de baja
de baja
darse de baja
stop
para de mandar
paren de mandar
deja de mandar
dejen de mandar
dejen de enviar
deja de enviarme
dejen de enviarme
dejen de escribir*
deja de escribirme
no más mensajes
no más textos
no más recordatorios
no me manden
no me manden más
no me envíen
no me envíen más
no me escriban
no me escriban más
no quiero mensajes
no quiero más mensajes
ya no quiero recibir
no quiero que me manden
no quiero que me escriban
bórrenme
borrar mi número
eliminar mi número
quitar mi número
quítenme de la lista
sáquenme de la lista
sacarme de la lista
quitarme de la lista
salir de la lista
cancelar suscripción
cancelar la suscripción
cancelar mensajes
cancelar los mensajes
desuscrib*
desinscrib*
déjenme en paz
dejen de molestar
no molesten
ya basta
detener mensajes
parar mensajes
# --- dejar de / parar de, en todas las personas ("dejen de mandarme", "deje de enviarme")
dejen de mandar*
deje de mandar*
deja de mandar*
dejar de mandar*
dejen de enviar*
deje de enviar*
deja de enviar*
dejar de enviar*
deje de escribir*
deja de escribir*
dejar de escribir*
dejen de contactar*
deje de contactar*
deja de contactar*
dejen de textear*
deje de textear*
deja de textear*
dejen de molestar*
deje de molestar*
deja de molestar*
dejar de recibir … mensaj*
dejar de recibir … recordatorios
dejar de recibir … notificaciones
paren de mandar*
pare de mandar*
para de mandar*
parar de mandar*
paren de enviar*
pare de enviar*
para de enviar*
parar de enviar*
paren de escribir*
pare de escribir*
para de escribir*
parar de escribir*
paren los mensajes
parar los mensajes
parar los recordatorios
parar las notificaciones
parar el envío
detengan los mensajes
detener los mensajes
# --- no me manden / no me escriban, en tú, usted y ustedes
no me mande más
no me mande mensaj*
no me mandes más
no me mandes mensaj*
no me envíe más
no me envíe mensaj*
no me envíes más
no me envíes mensaj*
no me escriba más
no me escribas más
no me contacten
no me contacte
no me contactes
no me texteen
no me textees
no me molesten
no me vuelvan a mandar*
no me vuelvan a enviar*
no me vuelvan a escribir
no me vuelvan a contactar
no me vuelva a mandar*
no me vuelva a enviar*
no me vuelva a escribir
no me vuelva a contactar
no enviar más
no mandar más
no enviarme más
no mandarme más
no escribirme más
no enviarme mensaj*
no mandarme mensaj*
ya no manden
ya no envíen
ya no escriban
# --- no quiero (recibir) más mensajes
no quiero recibir más
no quiero recibir … mensaj*
no quiero recibir … textos
no quiero recibir … recordatorios
no quiero recibir … notificaciones
no quiero recibir … sms
no quiero recibir nada
no deseo recibir más
ya no deseo recibir
no deseo recibir … mensaj*
no deseo recibir … recordatorios
no deseo más mensaj*
no quiero recordatorios
no quiero más recordatorios
no quiero los recordatorios
no quiero estos recordatorios
no quiero los mensajes
no quiero estos mensajes
no quiero sus mensajes
no quiero más textos
no quiero seguir recibiendo
no quiero que me sigan
no quiero que me envíen
no quiero que me contacten
no me interesan los mensajes
no más notificaciones
no más sms
basta de mensajes
# --- sáquenme de la lista, borren mi número
sáquenme … lista
sáqueme … lista
sácame … lista
sacarme … lista
me saquen … lista
me sacan … lista
sacar de la lista
sacar de su lista
quítenme … lista
quíteme … lista
quítame … lista
quitarme … lista
me quiten … lista
me quitan … lista
quitar de la lista
quitar de su lista
bórrenme … lista
bórreme
bórrame
borrarme … lista
me borren … lista
elimínenme
elimíneme
elimíname
eliminarme … lista
me eliminen … lista
salirme de la lista
salir de su lista
salir de esta lista
sáquenme del sistema
borren … número
borre … número
borra … número
eliminen … número
elimine … número
quiten … número
quite … número
saquen … número
borren mi teléfono
borren mi celular
eliminar este número
borrar este número
# --- cancelar la suscripción o los mensajes (no la cita)
cancel* … suscripción
cancel* … los mensajes
cancel* … estos mensajes
cancel* … sus mensajes
cancel* … los recordatorios
cancel* … estos recordatorios
cancel* … las notificaciones
cancel* … los textos
cancel* … los sms
cancelar recordatorios
cancelar notificaciones
anul* … suscripción
# --- déjenme en paz
déjame en paz
déjeme en paz
déjenme tranquilo
déjenme tranquila
déjame tranquilo
déjame tranquila
# --- desactivar, salir de los mensajes, ya no quiero que me contacten
desactivar … mensajes
desactivar … recordatorios
desactivar … notificaciones
desactiven … mensajes
desactiven … recordatorios
salirme de los mensajes
salir de los mensajes
no recibir más
ya no quiero mensajes
ya no quiero recibir mensajes
ya no quiero que me manden
ya no quiero que me escriban
no quiero ser contactad*
no deseo ser contactad*
no me manden nada
no manden más
no me llamen ni me escriban
no me llamen ni me manden
# --- harto de tantos mensajes
harto de … mensajes
harta de … mensajes
cansado de … mensajes
cansada de … mensajes
fastidio … mensajes
# --- en spanglish: remover, textear
remuev* … número
remuev* … lista
remover mi número
remuévanme
remuévame
no me texteen más
dejen de textearme
no me interesan … mensajes
no me interesa recibir
no me interesan los recordatorios
# --- formas cortas y amables
baja porfa
baja gracias
alto a los mensajes
ya no más mensajes
ya basta de mensajes
no vuelvan a escribir*
no vuelvan a mandar*
no vuelvan a enviar*
no vuelvan a contactar*
dejo de recibir
cómo dejo de recibir
dejar de recibir estos
cómo me doy de baja
cómo me desuscribo

[opt_in]
# "Vuelvan a mandarme mensajes".
suscrib*
volver a suscribirme
quiero recibir mensajes
quiero volver a recibir
volver a recibir
sí quiero recibir
reactivar
activar los mensajes
activar mensajes
mándenme mensajes
mándenme recordatorios
sigan mandando
sigan enviando
darme de alta
inscribirme
reanudar
alta de mensajes
# --- BAJA o STOP mandado sin querer: más largo que la palabra sola, así gana (con el verbo, para que "BAJA, sin querer ofender" siga siendo baja)
mandé … sin querer
mandé … por error
mandé … por equivocación
puse … sin querer
puse … por error
puse … por equivocación
envié … sin querer
envié … por error
envié … por equivocación
escribí … sin querer
escribí … por error
escribí … por equivocación
contesté … sin querer
contesté … por error
contesté … por equivocación
respondí … sin querer
respondí … por error
respondí … por equivocación
sin querer mandé … baja
sin querer puse … baja
sin querer mandé … stop
sin querer puse … stop
por error mandé … baja
por error puse … baja
me di de baja … sin querer
me di de baja … por error
me dieron de baja … por error
no me den de baja
no me dé de baja
no me des de baja
no me saquen de la lista
no me quiten de la lista
# --- quiero los mensajes otra vez
mensajes otra vez
recordatorios otra vez
mensajes de nuevo
recordatorios de nuevo
seguir recibiendo
vuelvan a mandar*
vuelvan a enviar*
activar recordatorios
# --- sí quiero los mensajes: más largo que "sí", así gana sobre confirm
sí quiero seguir recibiendo
sí quiero los mensajes
sí quiero los recordatorios
sí quiero recordatorios
quiero seguir recibiendo
quiero los recordatorios
quiero recibir recordatorios
quiero recibir los mensajes
vuelvan a mandarme
mándenme otra vez
vuelvan a escribirme
activar de nuevo
reactiven
reactívenme
quiero darme de alta
denme de alta
sí mándenme
sí, mándenme
sí … mensajes otra vez
sí … recordatorios otra vez
sí … mensajes de nuevo

[help]
# "¿Cómo funciona esto? ¿Quién es?". Un "ayuda" solo va aquí, como HELP.
ayuda
información
info
más información
quién es
quién habla
quién eres
quiénes son
quién me escribe
de dónde me escriben
de dónde es
qué es esto
de qué se trata
no entiendo
cómo funciona
qué significa
es spam
es estafa
es real
cómo consiguieron mi número
de qué clínica
qué clínica
qué oficina
hablar con una persona
hablar con alguien
operador
qué tengo que responder
qué contesto
qué respondo
me puede ayudar
me pueden ayudar
me podría ayudar
# --- ¿quién es?, ¿qué es esto?, ¿es de emergencias?
quién es este
quién me habla
quién es usted
de parte de quién
de quién es este número
qué es este mensaje
qué es este número
por qué me escriben
por qué me mandan
no entiendo el mensaje
no le entiendo
qué quiere decir
cómo respondo
qué debo responder
es de emergencias
número de emergencias
línea de emergencias
es una estafa
es un fraude
ayúdeme a entender
quién me manda
quién manda
quién me envía
quién envía
quién me está escribiendo
es del dentista
es el dentista
es de la clínica
es la clínica
es del doctor
es el doctor
es del hospital
de dónde es este número
por qué me llegan
por qué me llega
yo no me inscribí
nunca me inscribí
quién les dio mi número
quién le dio mi número
de dónde sacaron mi número
cómo obtuvieron mi número
cómo tienen mi número
qué hago
qué tengo que hacer

[other]
# Cualquier otra cosa que debe leer una persona (preguntas, número equivocado, logística).
número equivocado
equivocado
equivocada
se equivocó
no soy
no conozco
dirección
estacionamiento
dónde me estaciono
dónde estaciono
parqueo
cuánto cuesta
costo
precio
seguro médico
aseguranza
medicaid
factura
cobro
pregunta
una pregunta
tengo una duda
llámenme
me pueden llamar
me puede llamar
resultados
receta
farmacia
ayunas
en ayunas
traer
intérprete
falleció
no sé
jaja
jajaja
dejar de tomar
dejo de tomar
suspender el medicamento
# "baja" que no es darse de baja: la baja médica, la planta baja, Baja California.
baja médica
baja laboral
baja por enfermedad
baja por maternidad
baja de maternidad
baja por paternidad
de baja médica
de baja laboral
de baja por enfermedad
de baja por maternidad
estoy de baja
está de baja
sigo de baja
la baja del trabajo
la baja en el trabajo
me dieron la baja
tengo la baja
parte de baja
planta baja
baja california
baja sur
parar en
parar el medicamento
parar la medicina
parar las pastillas
parar la pastilla
parar el tratamiento
# "sin querer" es una locución, no una negación: "me inscribieron sin querer, baja" sigue siendo baja.
sin querer
# --- número equivocado, otra persona, preguntas de logística
no soy esa persona
no es mi cita
aquí no vive
no vive aquí
no conozco a esa persona
se equivocaron de número
cuál es la dirección
dónde queda
dónde están ubicados
a qué hora
a qué hora es
qué hora es la cita
necesito un intérprete
necesito intérprete
mi seguro
tienen estacionamiento
resultados de laboratorio
análisis
radiografía
rellenar la receta
renovar la receta
surtir la receta
cuánto debo
cuánto hay que pagar
en caso de emergencia
contacto de emergencia
me dieron de alta
me dieron el alta
dado de alta
dada de alta
# --- pasada de señales de alarma: frases inofensivas que llevan una palabra de alarma (ganan a la más corta)
me ahogo de calor
me ahogo del calor
medicina para las convulsiones
medicamento para las convulsiones
pastillas para las convulsiones
medicina para la epilepsia
factura de la sala de emergencias
cuenta de la sala de emergencias
fui a la sala de emergencias
estuve en la sala de emergencias
fui a emergencias
estuve en emergencias
fui a urgencias
estuve en urgencias
visita a urgencias
visita a emergencias
contactos de emergencia
muriendo de risa
muero de risa
me muero de ganas
muriendo de ganas
muriendo de hambre
muriendo de calor
muriendo de frío
muriendo de sueño
me estoy muriendo de risa
me estoy muriendo de hambre
me estoy muriendo de calor
me estoy muriendo de frío
me estoy muriendo de sueño
me estoy muriendo de ganas
me estoy muriendo de sed
me estoy muriendo de aburrimiento
cortarme el pelo
cortarme el cabello
cortar el pelo
cortar el cabello
cortarme las uñas
quiero cortarme el pelo
quiero cortarme el cabello
me quiero cortar el pelo
me quiero cortar el cabello
ganas de cortarme el pelo
no me urge
# "desaparecer" con objeto ("quiero desaparecer las manchas") no es ideación
quiero desaparecer las
quiero desaparecer los
quiero desaparecer el
quiero desaparecer mis
quiero desaparecer esas
quiero desaparecer esos
quiero desaparecer estas
quiero desaparecer estos
quisiera desaparecer las
quisiera desaparecer los
quisiera desaparecer el
quisiera desaparecer mis
quisiera desaparecer esas
quisiera desaparecer esos
quisiera desaparecer estas
quisiera desaparecer estos
me voy a morir de risa
me voy a morir de la risa
me voy a morir de hambre
me voy a morir de calor
me voy a morir de frío
me voy a morir de aburrimiento
me voy a morir de sueño
no es una emergencia
no es emergencia
no es nada urgente
nada urgente
no urge
sin urgencia

[ack]
# Acuses neutros: confirm si el mensaje pedía respuesta, other si no pedía nada.
ok
okay
okey
oki
okis
oka
ok gracias
vale
va pues
va que va
sale y vale
dale
órale
sale
sale pues
listo
entendido
enterado
enterada
de acuerdo
perfecto
excelente
muy bien
está bien
ta bien
bueno
bien
genial
no hay problema
no hay bronca
sin problema
sin problemas
ningún problema
no te preocupes
no se preocupe
ntp
igualmente
👍
👍🏻
👍🏽
👍🏿
👌
🆗
# --- enterado, okey, va, ya
okey dokey
oki doki
oks
okas
oquei
ok entendido
entiendo
comprendo
anotado
muy bien gracias
está bien gracias
ya
ya está
ya quedó
va
vale gracias
sale gracias
de acuerdo gracias
😀
ándale
arre
a la orden
con gusto
ok doc
ok doctora
okey gracias

[thanks]
# Agradecimientos y bendiciones: other, o confirm si el mensaje pedía confirmar.
gracias
muchas gracias
mil gracias
muchísimas gracias
gracias a usted
gracias a ustedes
se lo agradezco
se los agradezco
le agradezco
agradecid*
grax
gcias
dios le bendiga
dios los bendiga
dios te bendiga
que dios le bendiga
bendiciones
amén
que tenga buen día
que tengan buen día
🙏
🙏🏻
🙏🏽
🙏🏿
❤️
# --- más formas de dar las gracias
gracias doctor
gracias doctora
gracias señorita
muchas gracias por todo
gracias por avisar
gracias por recordarme
gracias por el recordatorio
gracias igualmente
grx
dios la bendiga
dios lo bendiga
bendiciones para todos
que dios los bendiga
gracias doc
muchas grax
mil grax
gracias x avisar
gracias por avisarme
dios me lo bendiga
dios me la bendiga
se agradece

[negation]
# Palabra de negación y cuántas palabras siguientes niega (la puntuación corta el alcance).
no = 2
# "ya no" alcanza un poco más lejos que "no": "ya no tengo el dolor en el pecho"
ya no = 3
nunca = 3
jamás = 3
tampoco = 2
ni = 1
sin = 2
ningún = 1
ninguna = 1

[reaction]
# Cómo los teléfonos informan una reacción positiva como texto: PREFIJO "mensaje citado". Significa confirm.
Le gustó
Le encantó
Enfatizó
Destacó
Le hizo reír
Se rio de
Le divierte
Reaccionó con 👍 a
Reaccionó con ❤️ a
Reaccionó con 👌 a
Reaccionó con 🙏 a
Reaccionó con 😂 a
Reaccionó con 😊 a
Reaccionó con ✅ a
Reaccionó 👍 a
Reaccionó ❤️ a
Le gusta
Le encanta
Le hizo gracia
Reaccionó con 😍 a
Reaccionó con 😀 a
Reaccionó con 👏 a
Reaccionó 😂 a
Reaccionó 👌 a
👍 a
❤️ a

[reaction-other]
# Las demás reacciones como texto (no me gusta, pregunta): significan other.
No le gustó
Cuestionó
Reaccionó con 👎 a
Reaccionó con ❓ a
Reaccionó 👎 a
Preguntó por
Puso en duda
Reaccionó con 😢 a
Reaccionó con 😮 a
Reaccionó con 😡 a
Quitó un me gusta de
Eliminó

[words]
# Palabras muy comunes del español, solo como indicio de que la respuesta está en español.
el los las un una en con es y del al lo le les su sus mi mis yo
usted ustedes muy pero también cuando dónde quién bien hoy mañana
gracias hola buenos buenas noches sí señor señora
voy estoy soy tengo puedo puede tiene tienen hay necesito quiero
ahora después hasta mucho muchas eso esto ella ellos nosotros
ahí allí entonces pues mismo otro otra fue cita llegar llego
hacer quisiera podría hijo hija gusto

[shorthand]
# Abreviaturas de mensajes de texto, reemplazadas antes de comparar.
q = que
xq = porque
pq = porque
xk = porque
porq = porque
xfa = por favor
xfavor = por favor
porfa = por favor
porfis = por favor
plis = por favor
ntp = no te preocupes
tmb = también
msj = mensaje
msjs = mensajes
mjs = mensajes
mñn = mañana
mñna = mañana
grax = gracias
gcias = gracias
grs = gracias
dnd = dónde
xa = para
pa = para
tons = entonces
bn = bien
salu2 = saludos
kien = quién
dr = doctor
dra = doctora
# más abreviaturas comunes
xfis = por favor
pf = por favor
pls = por favor
tmbn = también
tbn = también
k = que
qe = que
ke = que
pk = porque
xque = porque
x = por
d = de
dl = del
tb = también
hrs = horas
sta = está
stoy = estoy
toy = estoy
nd = nada
nda = nada
nc = no sé
ns = no sé
weno = bueno
aki = aquí
ps = pues
pz = pues
mxs = muchas
bb = bebé
bbe = bebé
hno = hermano
hna = hermana
mma = mamá

[minutes]
# Unidades después de un número de minutos ("10 min").
minuto
minutos
min
mins
minutitos
minutillos
mnts

[hours]
# Unidades después de un número de horas.
hora
horas
hr
hrs
h

[durations]
# Duraciones escritas con palabras, en minutos.
media hora = 30
una media hora = 30
un cuarto de hora = 15
cuarto de hora = 15
una hora = 60
hora y media = 90
una hora y media = 90
unos minutos = 5
unos minutitos = 5
un par de minutos = 5
unos cuantos minutos = 10
unos quince minutos = 15
quince minutos = 15
diez minutos = 10
cinco minutos = 5
veinte minutos = 20
media horita = 30
un ratito = 10
un rato = 15
un momento = 5
un momentito = 5

[when]
# Palabras de día y hora para pedir otra cita (los nombres completos de los días vienen de ICU).
hoy = +0d
mañana = +1d
pasado mañana = +2d
esta semana = +0w
la próxima semana = +1w
próxima semana = +1w
la semana que viene = +1w
semana que viene = +1w
la otra semana = +1w
en dos semanas = +2w
en 2 semanas = +2w
en quince días = +2w
en 15 días = +2w
el próximo mes = +4w
el mes que viene = +4w
en la mañana = morning
por la mañana = morning
la mañana = morning
de la mañana = morning
temprano = morning
mediodía = afternoon
en la tarde = afternoon
por la tarde = afternoon
esta tarde = afternoon
de la tarde = afternoon
esta noche = evening
en la noche = night
por la noche = night
de la noche = night
antes = before
antes de = before
más temprano = before
después = after
después de = after
más tarde = after
lun = weekday:1
mar = weekday:2
mié = weekday:3
miér = weekday:3
jue = weekday:4
juev = weekday:4
vie = weekday:5
vier = weekday:5
sáb = weekday:6
dom = weekday:7
fin de semana = weekday:6
la semana entrante = +1w
semana entrante = +1w
en la mañanita = morning
tempranito = morning
en la tardecita = afternoon
al mediodía = afternoon
en la nochecita = evening
más tardecito = after
lo antes posible = before
cuanto antes = before
lo más pronto = before
el finde = weekday:6
finde = weekday:6

[option-words]
# Palabras que introducen un número de opción ("opción 2").
opción
número
núm

# --- Señales de alarma en más formas (2026-12-03): toser o escupir sangre.
[urgent]
tosí sangre
toso sangre
tosiendo sangre
tos con sangre
escupo sangre
escupí sangre
escupiendo sangre
tosí … sangre
[urgent-combinations]
# calentura o "ardiendo" en un bebé de semanas o de uno o dos meses
calentur* + 2 meses
calentur* + dos meses
calentur* + 1 mes
calentur* + un mes
ardiendo + 2 meses
ardiendo + dos meses
ardiendo + 1 mes
ardiendo + un mes
ardiendo + semanas
ardiendo + recién nacid*
ardiendo + bebé
hirviendo + bebé
hirviendo + 2 meses
hirviendo + un mes

# --- Frases hechas que no son señales de alarma (2026-12-03): "casi me da un infarto cuando vi
# la cuenta". Uno de verdad sigue siendo urgente por sus propias palabras ("me está dando un infarto").
[other]
casi me da un infarto
casi me da un paro
por poco me da un infarto

# 2026-12-03 (session 5): ánimo bajo, sueño y energía (symptom); mejoría, cobros y seguro,
# estacionamiento, dirección y horario, emergencias que no son médicas (other); ¿quién es? (help);
# cambiar la fecha, dejarla para después (reschedule); tarde con diminutivos y tráfico (late);
# ya no me manden (opt_out); señales de alarma en tercera persona y en jerga (urgent); no, gracias (cancel).
[symptom]
# --- ánimo bajo, estrés, sueño, energía (sin autolesión: regla 10, un síntoma). México: agüitado,
# achicopalado; Centroamérica: ahuevado; Caribe: deprimío; España: chof, de bajón.
agüitad*
ahuitad*
achicopalad*
ahuevad*
deprimío
depre
ando depre
bajón
de bajón
bajona
estoy chof
me siento chof
ánimo por los suelos
moral por los suelos
ánimo bajo
bajo de ánimo
baja de ánimo
bajos ánimos
de capa caída
angustiad*
angustia
desmotivad*
sin motivación
me siento apagad*
no me siento yo
no me siento yo mismo
no me siento yo misma
no soy yo mismo
no soy yo misma
no paro de llorar
lloro todo el día
lloro todo el tiempo
lloro por todo
ganas de llorar
sin ganas de hacer nada
no tengo ganas de hacer nada
estrés
mucho estrés
muy estresad*
nervios de punta
ataques de ansiedad
crisis de nervios
no tengo energía
sin energía
no tengo pilas
sin pilas
no duermo
casi no duermo
no he dormido
no he podido dormir
no logro dormir
me cuesta dormir
me cuesta trabajo dormir
duermo mal
duermo muy mal
no pego el ojo
no pego ojo
desvelad*
no descanso
# --- sin mejoría (las formas de mejoría están en [other]: estas llevan su propia negación)
no me siento mejor
no me siento nada mejor
no estoy mejor
no estoy mejorando
no voy mejorando
no he mejorado
sigo sin mejorar
no mejora
no veo mejoría
ninguna mejoría
sin mejoría
no se me quita
no se le quita
no se quita

[other]
# --- mejoría: un aviso de que ya está bien no es un reporte de síntomas. "no me siento mejor" y
ya estoy sano
ya estoy sana
# "sigo sin mejorar" siguen en [symptom]; "ya no necesito la cita" sigue siendo cancel.
me siento mejor
ya me siento mejor
me siento un poco mejor
me siento mucho mejor
me siento bien
ya me siento bien
estoy mejor
ya estoy mejor
estoy mucho mejor
ya estoy bien
ya ando bien
ando mejor
ya ando mejor
mejorando
voy mejorando
ya me compuse
ya me recuperé
me recuperé
ya estoy recuperad*
me estoy recuperando
ya me alivié
me alivié
ya estoy aliviad*
ya me curé
ya sané
mucho mejor
bastante mejor
un poco mejor
mejorcit*
ya todo bien
ya todo está bien
todo bien ya
como nuevo
como nueva
# --- cobros, pagos, seguro, recibos y costos ("recibí una factura" gana sobre el "recibí" de otras listas)
me llegó una factura
me llegó la factura
me llegó un cobro
me llegó la cuenta
recibí una factura
recibí la factura
recibí un cobro
recibí la cuenta
me cobraron
por qué me cobraron
cobraron de más
cobraron dos veces
me hicieron un cargo
un cargo en mi tarjeta
cuánto le debo
cuánto les debo
cuánto es
cuánto sale
cuánto me va a costar
cuánto va a costar
cuánto cobran
cuánto me cobran
cuánto sería
mi seguro cubre
el seguro cubre
lo cubre el seguro
lo cubre mi seguro
cubre mi seguro
cubre el seguro
aceptan mi seguro
aceptan seguro
aceptan medicaid
medicare
medi-cal
obamacare
no tengo seguro
sin seguro
seguranza
copago
deducible
recibo
comprobante de pago
facturación
cómo pago
cómo puedo pagar
dónde pago
puedo pagar
pagar en línea
pagar la cuenta
plan de pagos
plan de pago
mi saldo
saldo pendiente
reembolso
cobranza
tarifa
es gratis
# --- estacionamiento, dirección, cómo llegar, horario de atención
dónde me parqueo
dónde parqueo
dónde puedo parquear
dónde me puedo estacionar
dónde puedo estacionarme
dónde estacionarme
parqueadero
aparcamiento
dónde aparco
dónde puedo aparcar
dónde están
dónde es la cita
dónde está la clínica
dónde están localizados
ubicación
cómo llego
cómo llegar
cómo le hago para llegar
qué piso
en qué piso
qué edificio
cuál edificio
qué entrada
por dónde entro
dónde me registro
dónde me reporto
a qué hora abren
a qué hora cierran
horario de atención
horarios de atención
están abiertos
abren los sábados
elevador
ascensor
silla de ruedas
# --- emergencias que no son médicas y solo explican por qué no va o quiere cambiar (las médicas siguen urgentes)
emergencia en el trabajo
emergencia del trabajo
emergencia de trabajo
una emergencia en el trabajo
emergencia familiar
una emergencia familiar
emergencia en la casa
emergencia en casa
emergencia personal
emergencia con el carro
emergencia con la troca
urgencia en el trabajo
urgencia familiar
asunto urgente
un asunto urgente
algo urgente en el trabajo
me salió algo urgente
me surgió algo urgente
surgió algo urgente
se me presentó algo urgente
tengo algo urgente que hacer
trabajo urgente
pendiente urgente
reunión urgente

[help]
# --- ¿quién es?, ¿qué son estos mensajes?
qué número es este
qué número es éste
qué son estos mensajes
qué son estos textos
qué mensajes son estos
para qué son estos mensajes
para qué es esto
no conozco este número
no reconozco este número
no sé de quién es este número
no sé quién es
no sé quién eres
número desconocido
quién sos
quién sos vos
con quién hablo
con quién tengo el gusto
es un robot
es un bot
es automático
es una persona
hablo con una persona

[reschedule]
# --- cambiar la fecha o la hora, dejarla para después, moverla (México: correr, recorrer)
cambi* … cita
cambi* … fecha
cambiemos
cambiamos la cita
correrla
me la pueden mover
me la puede mover
la pueden mover
la puedo mover
la podemos mover
se puede mover
muévanme la cita
muévanla
adelantarla
atrasarla
retrasarla
posponerla
la puedo adelantar
la puedo atrasar
dejarla para
dejarlo para
para más adelante
para otra ocasión
otra ocasión
mejor la próxima semana
mejor la semana que viene
mejor para la próxima semana
mejor el próximo mes
mejor en la tarde
mejor en la mañana
mejor por la tarde
mejor por la mañana
otra semana
otro mes

[late]
# --- tarde con diminutivos, tráfico y transporte (Chile: taco; Panamá, Venezuela: tranque)
no creo que llegue a tiempo
llego tardecito
llegaré tardecito
voy a llegar tardecito
llegar tardecito
voy tardecito
vamos tardecito
ando tardecito
se me hizo tardecito
tantito tarde
un tantito tarde
un poquitito tarde
minutitos tarde
unos minutitos tarde
un pelín tarde
me atraso
me atrasé
me retraso
me retrasé
me voy a atrasar
me voy a retrasar
un retrasito
en un taco
hay taco
mucho taco
tranque
hay tranque
hay un choque
accidente en la autopista
accidente en la carretera
esperando el camión
esperando el bus
esperando el autobús
esperando el raite
esperando mi raite
el camión no pasa
no pasa el camión
no ha pasado el camión
el bus no pasa

[opt_out]
# --- ya no me manden, no me sigan mandando, párenle
ya no me manden
ya no me mande
ya no me mandes
ya no me envíen
ya no me escriban
ya no me escriba
no me sigan mandando
no me sigan escribiendo
no me sigan enviando
no sigan mandando
no sigan enviando
no me estén mandando
no me estén escribiendo
no me anden mandando
dejen de estar mandando
dejen de estar enviando
dejen de estar escribiendo
párenle con los mensajes
ya párenle
ya estuvo con los mensajes
paren de textear*
para de textear*
pare de textear*
voy a bloquear este número
voy a bloquearlos

[urgent]
# --- señales de alarma en tercera persona, con posesivos y en jerga
se agarra el pecho
se agarró el pecho
agarrándose el pecho
no le para la sangre
no me para la sangre
sangro demasiado
sangrando demasiado
sangra demasiado
sangr* … un chingo
un chingo de sangre
aplast* … pecho
pecho … aplast*
pecho … matando
quisiera no despertar
quisiera no despertarme
quiero no despertar
prefiero no despertar

[cancel]
# --- respuestas que rechazan la cita
no creo poder ir
no creo que pueda ir
siempre no
siempre no voy
al final no
al final no voy
nones

# 2026-12-03 (session 6): señales de alarma en formas cotidianas y en tercera persona: dolor fuerte en el
# embarazo, sobredosis y envenenamiento (también de niños), desmayo o no responde, sangrado abundante con
# palabras de todos los días, pecho oprimido con sudor frío, brazo o quijada, ideas de suicidio dichas de
# uno mismo o de un familiar (urgent); palabras sueltas para parar los mensajes y más formas de pedirlo
# (alone, opt_out); frases inofensivas parecidas (other).
[urgent]
# --- sobredosis y envenenamiento: muchas pastillas, el frasco, la tira, en tercera persona
# ("tomó" sin "se" también lee el presente "tomo": "tomo muchas pastillas al día" no es una sobredosis)
se tomó muchas
se tomó muchísimas
se tomó … montón de pastillas
se tomó … montón de tabletas
me tomé … montón de pastillas
se tomó … puñado de pastillas
se tomó … puño de pastillas
me tomé … puñado de pastillas
se tragó … puñado
se tomó … puñado de tabletas
se tomó todas las pastillas
se tomó todas sus pastillas
se tomó … caja de pastillas
se tomó … caja entera
se tomó … tira de pastillas
se tomó … tira entera
se tomó … blíster
me tomé … blíster
se tragó … blíster
se tragó muchas
se tragó todas las
se tragó … frasco
se tragó un montón
me tragué muchas
me tragué todas las
tomé 10 pastillas
tomé 20 pastillas
tomé 30 pastillas
tomé 40 pastillas
tomé 50 pastillas
se tomó 10 pastillas
se tomó 40 pastillas
se tomó 50 pastillas
se tomó … 20 pastillas
se tomó … 30 pastillas
me tomé … 20 pastillas
me tomé … 30 pastillas
tabletas … de golpe
tabletas … a propósito
bebió … cloro
tomó … cloro
tomé … cloro
se tragó … cloro
bebió … lejía
tomó … lejía
se tomó … lejía
tomó … clorox
tomó … pinol
tomó … fabuloso
tomó … limpiador
bebió … limpiador
tomó … limpieza
tomé … limpieza
bebió … limpieza
se tragó … limpieza
tomó … veneno
bebió … veneno
se comió … veneno
se comió … raticida
tomó … raticida
se comió … matarratas
tomó … insecticida
tomó … gasolina
tomó … thinner
tomó … sosa cáustica
tomó … destapacaños
se comió … detergente
se comió … cápsula de detergente
mordió … cápsula de detergente
tomó … detergente
se tomó todo el jarabe
se tomó … jarabe entero
se tomó … frasco de jarabe
# --- desmayo, se desplomó, no responde, no se le puede despertar
se desplomó
se desploma
cayó redondo
cayó redonda
se cayó redondo
se cayó redonda
se quedó tirado
se quedó tirada
se quedó como muert*
se quedó ido
se quedó ida
está como ido
está como ida
no responde a nada
papá no responde
mamá no responde
esposo no responde
esposa no responde
abuelo no responde
abuela no responde
no responde cuando
le hablo y no responde
le hablo y no contesta
le hablo y no me contesta
no me contesta cuando le hablo
no contesta cuando le hablo
no lo podemos despertar
no la podemos despertar
no logro despertarlo
no logro despertarla
no lo puedo levantar
no la puedo levantar
cuesta mucho despertarlo
cuesta mucho despertarla
difícil despertarlo
difícil despertarla
casi no despierta
medio inconsciente
semiinconsciente
semi inconsciente
sin conocimiento
se le va la conciencia
bebé … flojit*
bebé … aguadit*
está muy flojito
está muy flojita
# --- sangrado abundante con palabras de todos los días
sangre por todos lados
sangre por todas partes
todo lleno de sangre
lleno de sangre
llena de sangre
bañado en sangre
bañada en sangre
cubierto de sangre
cubierta de sangre
sangrando a chorro*
sangra a chorro*
a chorros de sangre
chorrea sangre
chorreando sangre
sale sangre como agua
sangre como agua
sangra como llave
sangrando como llave abierta
sangre … como llave abierta
empap* … de sangre
empapado en sangre
empapada en sangre
traspas* … venda*
traspas* … vendaje
atraviesa … venda*
sangrado … abundante
sangra y sangra
sangra y sangra y no para
perdiendo mucha sangre
perdió mucha sangre
pierdo mucha sangre
# --- pecho oprimido: una barra, un peso, que lo aplastan
barra … pecho
pesado el pecho
pesado … pecho
siente … pecho pesado
sentado en … pecho
pecho … oprimid*
# --- ideas de suicidio de uno mismo y de un familiar
se va a matar
se quiere quitar la vida
quitarse la vida
se va a quitar la vida
terminar con su vida
acabar con su vida
mejor me mato
ya me quiero matar
ojalá no hubiera nacido
quisiera no haber nacido
no debí nacer
no debí haber nacido
para qué nací
me quiero petatear
aventarme … puente
aventarme … edificio
tirarme … edificio
tirarme al metro
tirarme … tren
ya me cansé de vivir
me cansé de vivir
me harté de vivir
dejar de existir
quiere morirse
ganas de morirse
se quiere ahorcar
quiere quitarse la vida

[urgent-combinations]
# --- embarazada con dolor fuerte, constante o que no se quita (panza, vientre, espalda, donde sea)
embarazada + dolor fuerte
embarazada + dolor … fuerte
embarazada + dolores … fuertes
embarazada + dolor constante
embarazada + dolor agudo
embarazada + dolor punzante
embarazada + punzadas
embarazada + dolor … no se quita
embarazada + dolor … no se me quita
embarazada + dolor … no para
embarazada + mucho dolor
embarazada + dolor … muy feo
embarazada + duele mucho
embarazada + duele muchísimo
embarazada + duele horrible
embarazada + duele demasiado
embarazada + duele bastante
embarazada + duele … bien feo
embarazada + duele … fuerte
embarazada + duele … no se quita
embarazada + cólicos … fuertes
embarazada + cólico … fuerte
embarazada + retortijones
embarazo + dolor fuerte
embarazo + dolor … fuerte
embarazo + dolores … fuertes
embarazo + dolor constante
embarazo + dolor agudo
embarazo + dolor punzante
embarazo + punzadas
embarazo + dolor … no se quita
embarazo + dolor … no se me quita
embarazo + dolor … no para
embarazo + mucho dolor
embarazo + dolor … muy feo
embarazo + duele mucho
embarazo + duele muchísimo
embarazo + duele horrible
embarazo + duele demasiado
embarazo + duele bastante
embarazo + duele … bien feo
embarazo + duele … fuerte
embarazo + duele … no se quita
embarazo + cólicos … fuertes
embarazo + cólico … fuerte
embarazo + retortijones
# --- lo mismo con otras palabras para el embarazo (encinta, en estado, esperando bebé, panzona)
encinta + dolor fuerte
encinta + dolor … fuerte
encinta + dolores … fuertes
encinta + dolor … no se quita
encinta + duele mucho
encinta + duele horrible
encinta + cólicos … fuertes
en cinta + dolor fuerte
en cinta + dolor … fuerte
en cinta + dolores … fuertes
en cinta + dolor … no se quita
en cinta + duele mucho
en cinta + duele horrible
en cinta + cólicos … fuertes
estoy en estado + dolor fuerte
estoy en estado + dolor … fuerte
estoy en estado + dolores … fuertes
estoy en estado + dolor … no se quita
estoy en estado + duele mucho
estoy en estado + duele muchísimo
estoy en estado + duele horrible
estoy en estado + cólicos … fuertes
está en estado + dolor fuerte
está en estado + dolor … fuerte
está en estado + dolores … fuertes
está en estado + dolor … no se quita
está en estado + duele mucho
está en estado + duele horrible
está en estado + cólicos … fuertes
esperando bebé + dolor fuerte
esperando bebé + dolor … fuerte
esperando bebé + dolores … fuertes
esperando bebé + dolor … no se quita
esperando bebé + duele mucho
esperando bebé + duele horrible
esperando bebé + cólicos … fuertes
esperando un bebé + dolor fuerte
esperando un bebé + dolor … fuerte
esperando un bebé + dolores … fuertes
esperando un bebé + dolor … no se quita
esperando un bebé + duele mucho
esperando un bebé + duele horrible
esperando un bebé + cólicos … fuertes
gestante + dolor fuerte
gestante + dolor … fuerte
gestante + dolores … fuertes
gestante + dolor … no se quita
gestante + duele mucho
gestante + duele horrible
gestante + cólicos … fuertes
panzona + dolor fuerte
panzona + dolor … fuerte
panzona + dolores … fuertes
panzona + dolor … no se quita
panzona + duele mucho
panzona + duele horrible
panzona + cólicos … fuertes
# --- dolor de vientre, panza o bajo vientre en el embarazo
embarazada + dolor … vientre
embarazada + dolor abdominal
embarazada + dolor … abdomen
embarazada + dolor … panza
embarazada + dolor … barriga
embarazada + dolor … pancita
embarazada + duele … vientre
embarazada + duele … panza
embarazada + duele … barriga
embarazada + duele … pancita
embarazada + bajo vientre
embarazada + vientre bajo
embarazada + abajo del ombligo
embarazada + parte baja … panza
embarazada + parte baja … vientre
embarazo + dolor … vientre
embarazo + dolor abdominal
embarazo + dolor … abdomen
embarazo + dolor … panza
embarazo + dolor … barriga
embarazo + dolor … pancita
embarazo + duele … vientre
embarazo + duele … panza
embarazo + duele … barriga
embarazo + duele … pancita
embarazo + bajo vientre
embarazo + vientre bajo
embarazo + abajo del ombligo
embarazo + parte baja … panza
embarazo + parte baja … vientre
# --- un niño que se comió o agarró medicinas o vitaminas (un niño o un adulto que "se tomó la medicina" no)
niño + se comió … medicina*
niña + se comió … medicina*
bebé + se comió … medicina*
niño + se comió … vitaminas
niña + se comió … vitaminas
bebé + se comió … vitaminas
niño + se las comió
niña + se las comió
bebé + se las comió
niño + agarró … pastillas
niña + agarró … pastillas
bebé + agarró … pastillas
niño + agarró … medicina*
niña + agarró … medicina*
bebé + agarró … medicina*
# --- sangrado después del parto o de la cirugía
di a luz + coágulos
dio a luz + coágulos
parto + coágulos
cesárea + coágulos
# --- pecho, brazo o quijada con sudor frío
pecho + sudor frío
pecho + sudando frío
pecho + sudo frío
pecho + brazo izquierdo
pecho + quijada
pecho + mandíbula
pecho … raro + sud*
pecho … extraño + sud*
pecho … pesado + sud*
sudor frío + quijada
sudor frío + mandíbula
sudor frío + brazo
sudando frío + quijada
sudando frío + mandíbula
sudando frío + brazo
brazo izquierdo + sudando
brazo izquierdo + sudor
# --- no responde con una señal de que la persona está en el piso o con los ojos cerrados
no responde + piso
no responde + suelo
no responde + ojos cerrados
no me responde + ojos cerrados
no me responde + piso
no me contesta + piso
no me contesta + suelo
no reacciona + piso
no responde + respira
no responde + le hablo
no responde + lo muevo
no responde + la muevo
no responde + sacud*
no me responde + le hablo

[other]
# --- frases inofensivas: la medicina tomada como debe, el teléfono que no contesta
como me indicó el doctor
como me indicó la doctora
como me lo recetaron
me tomé todas mis pastillas hoy
ya me tomé todas mis pastillas
no responde los mensajes
no responde mis mensajes
no responde el teléfono
no contesta el teléfono
no contesta el celular
no responde el celular
# el teléfono o los mensajes de un familiar, no un desmayo (más largas que "papá no responde", así ganan)
papá no responde el
papá no responde los
papá no responde las
papá no responde mis
papá no responde sus
papá no responde al
papá no responde a los
papá no responde a mis
papá no responde a sus
papá no responde mensaj*
mamá no responde el
mamá no responde los
mamá no responde las
mamá no responde mis
mamá no responde sus
mamá no responde al
mamá no responde a los
mamá no responde a mis
mamá no responde a sus
mamá no responde mensaj*
esposo no responde el
esposo no responde los
esposo no responde las
esposo no responde mis
esposo no responde sus
esposo no responde al
esposo no responde a los
esposo no responde a mis
esposo no responde a sus
esposo no responde mensaj*
esposa no responde el
esposa no responde los
esposa no responde las
esposa no responde mis
esposa no responde sus
esposa no responde al
esposa no responde a los
esposa no responde a mis
esposa no responde a sus
esposa no responde mensaj*
abuelo no responde el
abuelo no responde los
abuelo no responde las
abuelo no responde mis
abuelo no responde sus
abuelo no responde al
abuelo no responde a los
abuelo no responde a mis
abuelo no responde a sus
abuelo no responde mensaj*
abuela no responde el
abuela no responde los
abuela no responde las
abuela no responde mis
abuela no responde sus
abuela no responde al
abuela no responde a los
abuela no responde a mis
abuela no responde a sus
abuela no responde mensaj*

[opt_out]
# --- más formas de pedir que ya no manden mensajes: spanglish, enojo, faltas de ortografía
no más message*
no más text*
no más texts
no me manden text*
ya no me manden text*
paren ya
ya paren
paren … con los mensajes
párenle ya
dejen de chingar
ya no chinguen
no chinguen con … mensajes
dejen de joder
no jodan con … mensajes
dejen de fregar
ya no frieguen
no me manden nada más
ya no quiero sus mensajes
no quiero … mensaj*
basta de textos

[shorthand]
kiero = quiero

[alone]
# Una palabra sola como respuesta completa: pedir que paren los mensajes
alto = opt_out
basta = opt_out
basta ya = opt_out
ya basta = opt_out
paren = opt_out
pare = opt_out
parar = opt_out
detener = opt_out
suficiente = opt_out
salir = opt_out
fin = opt_out
alto ya = opt_out
alto por favor = opt_out
