"""Hand-compiled lexicon of gendered given names.

Used by the news-article extraction to resolve "he"/"she" to the right named
person when the article has not yet used a pronoun for that person (e.g.
"Karen Boudreaux asked ... 'Not in those words,' he replied" must not resolve
"he" to Karen). Look-ups are on the lower-cased first given name.

Selection rule
--------------
* The lists were compiled by hand from general knowledge (no external data
  set) and cover given names common in international English-language news:
  English-speaking countries, French, German, Dutch, Scandinavian/Finnish,
  Italian, Spanish/Portuguese/Latin American, Polish/Czech/Russian/Ukrainian/
  Balkan/Romanian, Greek, Turkish, Arabic (several transliterations), Persian,
  Hebrew, Indian (north and south), Pakistani/Bangladeshi, a few Chinese,
  Japanese, Korean and Vietnamese names, Filipino, Indonesian/Malay, Nigerian
  (Yoruba, Igbo, Hausa), Ghanaian, East African, Ethiopian and Southern
  African names.
* A name is listed only if it is used overwhelmingly for one gender across
  these cultures. Names used for both genders anywhere common (alex, sam,
  jordan, kim, jean, andrea, nicola, sasha, michal, jan, kari, mika, ...) are
  left out of both sets; when in doubt a name was left out.
* Common English words and month names that would mislead (will, hope, may,
  june, said, ...) and tokens that are usually surnames in the source order
  (e.g. many East Asian family names) are left out.
* The two sets are disjoint; entries are lower case ASCII letters, with an
  optional hyphen or apostrophe (jean-pierre, ze'ev); diacritics are dropped
  (francois, jurgen), so callers should fold accents before looking up.
"""

FEMALE_FIRST_NAMES: frozenset[str] = frozenset(
    """
aaliyah aarti aase abby abeba abeer abena abenaa abigail ablavi achieng ada
adaeze adanna adaobi adaora adelaide adele adelheid adeline adenike adesuwa
adetoun adhiambo adina aditi adjeley adjoa adoma adriana adrienne aduke adunni
adwoa adzo afaf afia afolake afroza afsaneh afua agata agatha agathe agnes
agneta agnieszka agrafena ahlam aikaterini aiko aileen ailsa aimee ainhoa aino
aisha aishah aishatu aishwarya aisling aitana akane akanksha akemi akiko akinyi
akosua akua akuba akweley alana alanna alba albane alberta albina alejandra
aleksandra alena alessandra alessia alexa alexandra alexandria alia alice
alicia alicja alina aline alisa alison aliya alka alla allie allison alma almaz
althea alyona alyson alyssa alzbeta ama amaka amal amanda amandine amara
amarachi amber ambre ameera amelia amelie amina aminah amira amna amparo amrita
amy ana ana-maria anabel anahita anais analyn anam anamika anandhi anastasia
anca andreea aneta anfisa angela angelica angelika angeliki angelina angelique
angharad angie anita anitha anja anjali anju anke ankita ann anna annabel
annabelle annalena annalisa anne anne-marie annegret anneke anneli annelies
annemarie annette annick annie annika anouk antigoni antje antoinette antonella
antonia antonina anupama anuradha anushka anya anyango aoife aparna apolline
aqsa araba arabella araceli archana ariana arianna arlene arlette arooj arpita
aruna asha ashlee ashwini asli asma asmaa assunta aster astrid asuka athena
athina atieno audrey aurelie aurore ava aviva awino awuor aya ayaka ayako ayano
ayelet ayesha aylin ayse aysel aysun ayten ayu ayumi azadeh azeb azizah azucena
bahar bahareh banu barbara barbel barbra basak basma batsheva batya beata beate
beatrice beatrix beatriz becky begona belen belinda bella belle benazir
benedetta benedita bengu beren berenice berna bernadette bernadine bernice
bertha betelhem beth bethany betsy bettie bettina betty betul beverly beyonce
bharati bhavana bhumi bhuvana bianca biljana bilkisu bilquis binta birgit
birgitta birtukan bisi bisola blanca blanche blandine blanka bonita bonnie
bozena brenda briana brianna bridget bridgette brigid brigitte britt britta
brittany brittney bronwen brooke bruna brunhilde bukola burcu bushra busisiwe
busra caitlin caitlyn calista callie callista camila camilla candace candela
candice cansu caoimhe capucine cara carina carissa carla carlene carlotta carly
carmela carmen carol carole carolina caroline carolyn carrie cassandra cassie
catalina caterina catherine cathleen cathy catriona cayetana cecile cecilia
cecily celia ceren cerys chaltu chana chanda chanel chantal charito charlene
charlotte charmaine chaya chelsea cherie cheryl cheyenne chhaya chiamaka chiara
chidinma chie chieko chinwe chinyere chioma chipo chitra chiyo chloe christa
christelle christiana christiane christina christine chrysa chrysoula ciara
cindy cinzia claire clara clarissa claudia claudine clemence clementine cleo
clodagh clotilde colette colleen conceicao concepcion concetta connie constance
consuelo cora coralie corazon cordelia corina corinne cristina cynthia dafna
dagmar dagny dahlia daisy dalal dalia damini damla daniela danielle danita
danuta daphne daria darla darlene darya dasha dawn dayna deanna deanne debbie
debora deborah debra deepa deepika deepthi deepti deirdre delia delilah della
delores delphine denise dervla derya desiree desislava despina devi devorah
dewi diana diane dianne diep dilara dilek dilma dilruba dima dimakatso dimitra
dina dineo divina divya doaa dolly dolores donatella donna dora doreen doris
dorota dorothea dorothy dottie dragana duaa dulce durga duyen dvora ebba ebele
ebony ebru ece edie edith editha edna edwige edwina edyta efia efrat efthymia
efua eileen eilidh eimear einat eirini ekaterina ekua elaina elaine eleanor
eleanora eleftheria elena eleni elfriede eliane elif elin elisa elisabeth
elisabetta elise eliza elizabeth elizaveta elke ella ella-rose ellen ellie
ellie-mae ellinor elnora elodie eloise elsie elspeth elva elvira elzbieta
emanuela emelie emeline emi emiko emilia emily emine emma emmanuelle emmeline
encarnacion erica erika eriko erin erlinda ernestine esi esme esperanza esra
estefania estella estelle esther esti etenesh ethel etsuko etta eugenia eugenie
eun-ji eun-young eunha eunice eunji eunyoung eva evangelia evangelina
evangeline evelyn evelyne evgenia evie ewa ewelina fabienne fadia fadwa fadzai
faith faiza fangfang fannie fantaye farah farhana fariba farida farideh farzana
fatema fatemeh fatima fatimah fatma fauziah fawzia fay faye federica felicia
felicity femke fenna fereshteh feride fernanda ffion filipa filiz fiona
fionnuala fitria flavia fleur flora florence florencia folake folasade
folashade forough foteini fouzia frances francesca francine francoise franziska
frauke freda freya frida friederike froukje fuka fumiko funke funmi funmilayo
gabriela gabriella gabrielle gail galina galit gamze gauri gayatri gayle
geertje geeta geetha gemma genet genevieve georgette georgia georgiana georgina
geraldine gerda germaine gertraud gertrude ghada ghalia ghislaine giada gianna
gila gillian gina ginette ginevra ginny giorgia giovanna gisela gisele giselle
gita giulia giuliana gizem gladys glenda glenys gloria goli golnar golnaz
golshifteh gomathi gordana graca grace graciela gracinda grainne graziella
grazyna greta gretchen grete gudrun guiying gulay gulsen gulten gunhild
gunilla gwen gwenaelle gwendolyn gwyneth ha-eun hacer hadas hadassah hadeel
hadil hadiza haeun hafsa hafsat hailey hajar hala halima halimah halina halyna
hana hanaa hanadi hanako handayani hande haneen hannah hanneke hannelore
harriet haruka haruko hasina hasnah hatice hattie hauwa hayley hazal hazel
heather heba hedda hedwig heidi heidrun heike helen helena helene helga heli
helle heloise hema hemlata henrietta henrike hermione hester hiba hilda hilde
hildegard hillary hillevi hina hind hira hiroko hirut hisako hitomi hoa hollie
holly homa hortense huda huguette hulya humaira huong huyen hye-jin hye-won
hyejin hyewon hyun-joo hyunjoo ibtisam ida ifeoma ifeyinwa ihuoma ijeoma ilana
ilaria ileana ilknur ilse imelda imogen inas indah indira indrani indu ineke
ines ingeborg inger ingrid inmaculada inna intan ioana ioanna ipek iqra irena
irene irina irini iris irma irmgard iryna isabel isabela isabella isabelle
isadora isha isla isobel itziar ivana ivanka ivanna ivonne iwona izabela jaana
jacinta jacklyn jaclyn jacqueline jada jade jadwiga jaleh jamila jana janae
janaki jane janelle janet janice janina janine jannat janneke jarmila jasmin
jasmina jasmine jaya jayalalitha jayalalithaa jayanthi jazmin jeanette jeanine
jeanne jeannie jelena jemima jenifer jenna jennifer jenny jessica ji-hye
ji-yeon ji-young jihye jill jillian jimena jingjing jinkee jitka jiyeon jiyoung
joana joann joanna joanne jocelyne johanna jolanta jolene jorunn josefa
josephine josette josie joy joyce juana juanita judi judith judy julia juliana
julianne julie juliet juliette jumana jummai jung-sook junko justine justyna
jutta kaisa kaitlin kaitlyn kajal kajsa kalliopi kalpana kalyani kamala kamila
kamla kana kanako kanimozhi kaori kara karen karima karin karina karla karolina
kartika katarzyna kate katelyn katerina kateryna katharina katherine kathleen
kathrine kathryn kathy katie katja katrina kavita kavitha kavya kayla kaylee
kayleigh kazuko keerthana keiko keisha kelli kellie keren kerri kerstin khadiga
khadija khadijah khaleda khanyisile khrystyna kiara kidist kieu kimberly kimiko
kinga kira kirsten kirsty kiyoko klara klavdia komal konjit konstantina kotomi
krista kristen kristin kristina kristine kristy kriti krystyna ksenia ksenya
kulsoom kumari kumiko kurniawati kylie kyoko kyriaki kyung-hee kyunghee lacey
ladan laetitia laila lakisha lakshmi lale lalita lamia lamya lana lara laraib
larisa larissa lata latasha latifa latisha latonya latoya laura lauren laurie
laverne layla lea leah leanna leanne leena leila lemlem lena leni lenka leona
leonie leonor leonora lestari leticia letitia letizia lettie leyla libby libuse
lidia lieke liesbeth liesel lieselotte liisa lila lili lilia lilian liliya
lillian lillie lilly lily limor lina linda lindiwe lingling linnea liora lisa
lisbeth liudmyla liv liying liz liza lizzie ljiljana lois lola lolita loredana
lorena loretta lori lorna lorraine lotte lottie louella louisa louise lourdes
lovisa luana luanne lubna lucia luciana lucie lucille lucinda lucy lucyna
ludivine ludmila luisa luise luna lupita luz lydia lynda lynette lynne lyubov
lyudmila maartje mabel macarena madalena madalina madeleine madeline madge
madhuri madison madisyn mae maelle maeve magda magdalena maggie magnhild maha
mahalakshmi maharani mahira mahlet mahnaz mahnoor mahsa mahtab mai maiko
mairead maisie maja makeda mala malala malathi maleeha malgorzata malin malini
malka mamata mami mamta manal mandy manisha manon manuela mara marcella marcia
marcie margaret margareta margarete margarita margaux margherita margie margit
margo margot marguerite maria mariah mariam mariana mariangela marianne maribel
maricarmen maricel maricela marie marieke mariela marielle marietta mariko
marilia marilou marilyn marina marine marisa marisela marisol marit marites
maritess maritza marivic marjatta marjorie marketa marketta marla marlene
marlies marnie marsha marta martha martina martine marwa mary maryam maryann
maryanne maryse marzena marzieh masako masoumeh mathilde matilda matilde maud
maude maureen maurizia mavis maxine mayra maysa mayu mayumi mbali meaza
mechthild meena meenakshi meera meg megan megawati megha meghan megumi mehreen
mehwish mei meili meiling meirav mekdes melanie melba melek melina melinda
melisa melissa melody meltem meral mercedes merve mette mhairi mi-kyung mia
micaela michaela michela micheline michelle michiko midori mieke mieko mihaela
mikyung milagros milana mildred milena milica millie min-ji minako mindy minji
minna minnie minoo mira mirabel miranda mireia mireille miri miriam mirjam
mirjana miroslava misaki misato missy mitsuko mitzi miwa miyuki modupe mohini
molly momoko mona monica monika monique montserrat morag morenike mridula mumbi
muna muriel muthoni mwajuma mwanaidi mwanaisha myra myrtle myung-sook myungsook
naama nabila nabirye nada nadege nadezhda nadia nadine nadya nafula naheed
naima najla najwa nakato nakimuli naledi nalini nalubega namrata namukasa
namusoke namutebi nanami nancy nandini nanette nanjala naoko naomi narges
nargis nasimiyu nasreen nasrin natalia natalie nataliia nataliya natalya natasa
natasha nathalie nava nawal nayanthara nazanin nazia nazira nazli nduta nechama
neda neema neetu neha nekesa nell nellie nerea nerys neslihan nesrin nettie nga
ngozi nguyet nhung nia niamh nichole nicole nicolette nidhi nienke nieves nikki
niloofar nilufar nilufer nimra nina nirmala nirupama nisha nisreen nita nitya
njeri njoki nkechi nkiru nneka noelia noelle noemi noemie noha nokuthula
nokwanda nola nompumelelo nomsa nomvula nomzamo nonhlanhla noortje nora noraini
noreen norhayati noriko norma nosipho nouf nuala nura nuray nurcan nurhayati
nuria nwanneka nyambura nyokabi oana oanh obiageli oceane octavia odette odile
ofelia oksana olabisi oleksandra olena olesya olga olive olivia oluchi olufunke
oluwakemi omolara omotola omowunmi onyinye opal ophelia oriana orietta orit
orla orly ornella osnat ourania oya oyinkansola ozlem padma padmini paige paivi
palesa pallavi paloma pamela panagiota paola paraskevi parisa parvaneh pascale
patricia patrizia patrycja patsy patti patty paula paulette paulina pauline
pavithra pegah peggy penelope penny perla pernilla perrine persefoni petra
philippa phoebe phyllis pilar pinar pippa pirjo polina polly pooja poonam poppy
prachi pragya pratibha preeti prema priscila priscilla priti priya priyanka
puja pushpa puspita putri queenie rabab rabia rachael rachana rachel rachida
radha radhika radka raffaella ragnhild rahma rahmawati raisa rajalakshmi rajni
rakhi rakiya raluca ramya randa randi rani rania raquel rasha rashmi ratih
ratna rawan raymonde razia reba rebecca reem regina regine rehana rehema reiko
rekha remedios renata renate renu renuka reshma retno revathi revital rhea
rhiannon rhoda rhonda ricarda rie riikka rika rima rimsha rina rini rita ritu
rivka riya roberta robyn rochelle rocio rohana rohini roisin rokeya romana
ronit roopa roos rosa rosalba rosalia rosalie rosalind rosalinda rosalyn
rosangela rosanna rose roseline rosemarie rosemary rosetta rosie rosine rosita
rosmah rossella roswitha rowena roxana roxanne roxie roya ruba ruby ruchi rudo
rukhsana rula rumana rumiko rupa ruqayya rutendo ruth ruvimbo saadet saba
sabine sabrina sachiko sadhana sadia sadie safa safaa safiya sailaja saima
sakshi sakura salamatu sallie sally salma salmah samah samantha samia samina
samira sana sanaa sanae sandhya sandra sandrine sangeeta sangita sanjana sanna
sanne saoirse sara sarah sarala saranya saraswati sari sarit sarita sarka
saskia satoko satu saumu savannah savita savitri sayaka sayuri scarlett seble
seda seema segolene selamawit selena selin selina sena senait seo-hyun seo-yeon
seohyun seoyeon sepideh serena serwaa serwah setiawati setsuko severine sevgi
sevim shabana shabnam shadia shahana shahida shahla shahnaz shaima shaimaa
shakuntala shalini shamiso shana shanice shaniqua shanna shanti sharada
sharmila shashikala shauna shawna shazia sheena sheetal sheila shelly sherine
sherri sherry sheryl shilpa shiori shira shirin shirley shizuka shobana shobha
shona shonda shoshana shraddha shreya shruti shulamit shweta sian sibel
sibongile sibyl sibylle sidra sieglinde sienna sigal signe sigrid silke silvana
silvia simin simona sindiswa sinead siobhan sirpa sita siti siv slavica smita
smriti sneha snezana snezhana so-yeon sobia sofia sofiya soledad solene solenn
solomiya solveig sonal sonali songul sonia sonja soo-ah soo-jin soojin sophia
sophie soraya sorcha souad sowmya soyeon sridevi stacey stacy stavroula
stefania stefanie stella stephanie stina su-jin suad subbulakshmi subira sude
sudha sue suha suharti suhasini sujatha sujin sulastri sultana sumaira sumathi
sumaya sumayya sumiati sumiko sun-hee sundari sunhee sunita sunitha sunniva
supriya surekha suryani susan susana susanna susannah susanne sushma susie
susilawati suzanne suzette svenja svetla svetlana swapna swara swati sybil
sylvia sylvie sylwia synnove tabatha tabitha tahani tahira takako tali tamako
tamannaah tamar tamara tamika tammy tamsin tania tanisha tanja tanvi tanya tara
taraneh tarja tasha taslima tasnim tatiana tatyana tayitu tehmina teodora
teresa tereza tess tessa tetiana thais thandeka thandi thandiwe thao thea
thelma thembi thenmozhi theodora theresa therese thora thuli thuliswa thuy
tiana tiffany tigist tilly tina tineke tingting tirunesh titi tiziana tomoko
tonya toshiko tova tove tracey trang tricia trina trisha trixie trudy tsehay
tsigereda tsion tsitsi tsvetana tugba tulay tulsi tuti tuula tuulikki tuyet
tzipi uju uliana ulla ulrika ulrike ulyana uma una ursula urszula usha ute uzma
uzoamaka valentina valeria valerie vandana vanessa vani varsha varvara vasanthi
vasiliki vasudha velma vera verna veronica veronika veronique vesna vicki
vickie vicky victoria vigdis vijayalakshmi viktoriia viktoriya vimala vimbai
vinita viola violet virginia virginie vittoria viviana viviane vivienne vlasta
vy wafa wairimu waithera wala walaa waltraud wamaitha wambui wanda wangari
wangui wanjiku wanjiru wenche wendy weronika whitney widad wiebke wilhelmina
wilhelmine willa wilma winifred winnie wioletta woinshet wulan xanthe xiaoli
xiaomei ximena xiomara xiulan xiuying yaa yadira yael yagmur yamini yana yanet
yanti yaroslava yasaman yasemin yashoda yasmeen yasmin yasmina yasmine yasuko
ye-jin yehudit yejin yekaterina yelena yeon-hee yeonhee yesenia yeshi yesim
yetunde yevgenia yewande yifat yingying yodit yoko yolanda yolande yoshiko
young-hee younghee yrsa yui yuka yukiko yuko yulia yuliana yuliya yumi yumiko
yuna yuni yuriko yusra yuying yvette yvonne zahra zainab zaleha zandile zanele
zara zawadi zaynab zdenka zeenat zehava zehra zeinab zelda zewditu zeynep
zhanna zhila zina zinaida zinhle zlata zodwa zoe zoey zofia zohreh zoi zora
zoraida zorica zoya zubaida zuhal zulai zulaikha zuraida zuzana zuzanna
""".split()
)

MALE_FIRST_NAMES: frozenset[str] = frozenset(
    """
aad aakash aarav aaron abba abbas abdallah abdel abdelaziz abdelfattah
abdelilah abdelkader abdelmadjid abdelrahman abdou abdul abdulaziz abdulla
abdullah abdulrahman abdur abdurrahman abebe abhay abhijit abhinav abhishek
abiy abolfazl abraham abubakar abul achille achilleas achim adam adebayo
adekunle adel adelino ademola adewale adeyemi adham adil aditya adnan adolfo
adolphe adonis adrian afonso afshin agus agustin ahmad ahmed ahmet aidan aiden
aitor ajay ajit akash akbar akhil akihiro akinwumi akio akram aksel akshay
alain alan alasdair albert alberto alec aled alejandro aleksandar aleksander
aleksandr aleksei alemayehu ales alessandro alessio alexander alexandre
alexandros alexei alexey alfonso alfred alfredo ali alireza alistair aliyu
allan allen alois alok alonso alp alphonse alvaro alvin amanuel amar amarinder
amaury ambrose amedeo amin amine aminu aminul amir amirhossein amit amitabh
ammar amnon amol amos amr amrinder anand anas anastasios anatoliy anatoly ander
anders andre andreas andrei andres andrew andrey andriy andrzej andy angelo
angelos angus anibal anies anil anirudh anisul ankit ankur anssi anthony
antoine anton antoni antonio antonis antony antti anuj anupam anurag apostolos
arash archibald archie ardeshir aref arie arif aristide aristotelis arjen arjun
arkadiusz arkady arman armand armando armin arnaud arne arnold arsen arsene
artem arthur arto artur arturo artyom arumugam arun arvid arvind asad asher
ashish ashkan ashok ashraful ashton ashwath ashwin asier asif asim aslam atal
atef athanasios athumani atiku atilla ato attilio atul auguste aurelien austin
auwal avi avigdor avinash avner avraham axel ayaz aydin ayman ayoub ayub azhar
aziz azmin azubuike babajide babak babar babatunde bahman bahram bakr bala
balaji balakrishnan balasubramanian bambang bankole baptiste barack barasa
baris barnaby barry bart bartlomiej bartolomeo bartosz baruch bas basavaraj
basel bashar bashir basil bassam bastian bastien battal bayu behnam behrouz
behzad bekele bekir ben benedict benedikt bengt benigno benito benjamin benny
benoit benzion beppe berhanu berk bernard bernardo bernd bert berthold bertram
bertrand bhagat bhagwant bharat bhaskar bheki bhupendra bijan bilal bilawal
bill billy binali binyamin birger bjorn boaz bob bobby bogdan boguslaw bohdan
bohumil bohuslav bojan bolaji bongani bongbong boris boyko brad bradley brahim
bram brandon branko brendan brent brett brian brice brijesh brody bronislaw
bruce bruno bryan bryce budi bulent burak burkhard byron byung-hun byunghun
caio caleb calogero calvin carl carlo carlos carlton carsten catalin cathal
cayetano cecil cedric cees cem cemal cengiz cesar cesare cevdet chad chaim
chandan chandrababu chandrasekhar charalambos charles chester chetan chibueze
chibuike chidi chidozie chijioke chike chinedu chinua chinweike chirag
christian christoph christophe christos chuck chukwudi chukwuemeka chukwuma
chul-soo chulsoo cian ciaran ciro clarence clark claude claudio claus clayton
clement clifford clifton clint clinton clive clyde cody coen colin colm colton
connor conor conrad constantin corentin cormac cornelius cornell corrado costel
craig crispin cristiano cristobal cuong curtis cyril cyrille cyrus czeslaw daan
dae-jung daejung dafydd daichi daisuke dalton damian damien damon dan daniel
daniele danjuma danny daoud dapo dario darius dariush dariusz darko darnell
darragh darrell darren darryl daryl dashawn dauda dave david davide davor
davoud dawid dawit dawood dawud dean deandre declan deepak dejan deji dele
demarcus demeke demetrios denis dennis deonte derek dermot derrick deshawn
desmond devegowda devendra devlet dewayne dhananjay dhanush dharmendra dhruv
diarmuid dick didier diego dieter dietmar dietrich dilip dillon dimas dimitar
dimitri dimitrios dimitris dinesh diogo dionysios dirk dmitri dmitry dmytro
do-hyun dohyun domenico dominic dominick don donal donald dong-hyun donghyun
donovan dorin doruk doug douglas dov dragan dragos driss duane duarte duc dudi
dudley duncan dusan dustin dwayne dwight dylan eamon eamonn earl easton
eberhard ebrahim ebuka eckhard ed eddie edgar edmond edmund edoardo edouard
edson eduard eduardo edward edwin eelco efrain efren egon egor ehsan ehud einar
eitan ejike ekkehard eko ekow ekrem elad eli elias eliezer elijah elio elliot
elliott elmer elton elvis emad emanuele emeka emil emile emiliano emilio
emmanuel emmerson emmett emre emrys enda enes engin enrico enrique enzo eoin
erdal erdem ergun eric erich erik erkan erkki ermanno ermias ernest ernesto
ernie ernst errol ersin ertugrul erwin esa esmail espen essam esteban ethan
etienne ettore euan eugen eugene eugenio evan evangelos evaristo everett evgeni
evgeny ewan eyal eyob ezekiel ezequiel ezra fabian fabien fabio fabrice
fabrizio facundo fadel fadi fahad fahd faheem fahim faisal fajar fakhrul falk
faraz fares farhad farid faris farooq farouk farshad faruk farzad fatih fawad
fawaz fawzi fayez faysal fayyad federico fedir fedor felipe felix ferdinand
ferdinando fereydoun fergal fergus ferhat fernando fidel fiifi fikret fikru
filippo finbar finn fintan fionn firouz flavio florent florian florin floyd
folarin forrest francesco francis francisco franco francois frank franklin
frans frantisek franz fraser fred freddie frederic frederick fredrik friedrich
fritz fuad fulvio fumihito fumio fyodor gabriel gadi gael gaetan gaetano galip
ganesh ganjar garba gareth garfield garrett garry garth gary gaspard gaurav
gauthier gautier gavin gbenga geert gennadiy gennady gennaro geoff geoffrey
geoffroy georg george georges georgi georgios georgy geraint gerald gerard
gerardo gerhard gerhardt gernot gerrit getachew gethin ghasem ghassan gheorghe
ghislain gholam ghulam giacomo giampaolo giancarlo gianfranco gianluca
gianluigi gianni giannis gibran gideon gijs gilad gilang gilbert gilberto
gilles gino giorgio giovanni girish girma girolamo giuliano giulio giuseppe
gleb glen glenn godfrey gokhan goncalo gonzalo gopal gopalakrishnan gopinath
goran gordon gorka goro gottfried govind grady graham grant greg gregg gregoire
gregor gregorio gregoris gregory griffin grigory grzegorz guido guillaume
guillermo gunnar gunter gunther guoqiang gus gustaf gustav gustave gustavo guy
gwede haakon habib habibur hadi hafez hage haile hailemariam haim haitao
haitham hakan hakeem hakim halil haluk halvard hamad hamada hamdan hamdi hamed
hamid hamidreza hamish hamisi hamisu hamza hamzah hani hank hannu hans hansjorg
harald harbhajan hardik harish harlan harold haroon haroun harrison harry
hartmut haruki harun haruto harvey hasan hashem hassan hatem hauke hayao haydar
haytham hazem hector heikki heiko hein heinrich heinz helge helmut helmuth
hemant hendra hendrik henk henning henrik henrique henry henryk herbert
heriberto herman hermann hernan heru herve hesam heung-min heungmin hicham
hideki hideo hieu hifikepunye hikmet hillel himanshu hippolyte hiroaki hirofumi
hiroshi hiroyuki hisashi hisham hishammuddin hjalmar ho-sung holger homer
hongwei honore hooman horace horacio horia horst hosni hossam hossein hosung
houshang howard hristo hryhoriy hubert hubertus hugh hugo hugues humphrey
husain husam huseyin hussain hussein huub huw huy hyun-woo hyunwoo iain ian
ibrahim ichiro idris ieuan ifeanyi ignacio ignazio igor ihab ihor ike ikechukwu
iker ilan ilias ilkka illia ilya imad imran inaki ingo ingvar inigo innokenty
ioannis ionut iraj ireneusz irfan irving irwan isaac isaiah isaias isamu isidro
ismail issa itai itamar itzhak iulian ivan ivar ivaylo ivica ivo iwan iyad
jaakko jaap jaber jabir jabulani jacek jacinto jack jackson jacob jacques
jae-hyun jae-in jae-myung jaehyun jaein jaemyung jafar jagan jagdish jahangir
jai jair jake jakob jakub jalal jalen jalil jamal jamar james jamil janusz
jared jari jarl jarmo jaromir jaroslaw jarvis jason jasper jassim jaswant jatin
javad javed javier jawad jawed jaxon jay jayakumar jayant jaylen jean-baptiste
jean-christophe jean-claude jean-francois jean-jacques jean-louis jean-luc
jean-marc jean-marie jean-michel jean-noel jean-paul jean-philippe jean-pierre
jean-yves jed jeff jeffery jeffrey jejomar jens jeremiah jeremie jeremy
jermaine jeroen jerome jerry jerzy jesse jesus jethro ji-hoon jianguo jianhua
jianjun jibril jide jihoon jim jimmy jin-woo jinggoy jinping jinwoo jiri jiro
jitendra joachim joao joaquim joaquin jochen joe joel joey johan johann
johannes john johnny joko jokowi jon jonah jonas jonathan jong-un jongun
joon-ho joonho joost jordi jorg jorge jorgen joris jose josef josep joseph josh
joshua josiah josip jozef juha juhani jukka julian julien julio julius juma
jun-ho junaid jung-ho jungho junho junichi junichiro juraj jurgen jussi justin
kaan kabiru kadir kailash kaito kalevi kalle kamal kamau kamel kamil kamlesh
kamran kamrul kane kapil karan kareem karel karim kariuki karl karol karsten
karthik karthikeyan kartik kashif kashim kaveh kayode kazem kazimierz kazuhiro
kazuki kazuo kebede kees keir keith kelvin kemal ken kenan kendrick kenenisa
kenichi kenji kenneth kenny kent kenta kentaro kenzo keqiang kerem keshav
keshawn kevin keyvan kgalema khairy khaled khalid khalil khoa khosrow khurram
kibet kieran killian kimani kimmo kipchoge kipkemboi kiplagat kiprono kiprotich
kipruto kiptoo kiril kirill kirk kishore kizito kjell klaas klaus knut kobe
kobina kodjo koen koffi kofi koichi koji kojo kolawole komla konrad konstantin
konstantinos koray kossi kostas kotaro kouadio kouame kouassi kourosh kristian
kristoffer krystian krzysztof kumaraswamy kunal kunio kunle kursat kurt kwabena
kwadwo kwaku kwame kwamena kwang-soo kwangsoo kwasi kweku kwesi kyle kylian
kyriakos kyrylo kyung-soo kyungsoo labib lachlan ladislav lahcen lalit lamar
lamberto lamont lance landon lanre larry lars lasse laurent lawal lawrence
lazarus leandre leandro lech lefteris leif lekan lennart leo leon leonard
leonardo leonel leonid leonidas leroy lester leszek lev levent levi lewis liam
lindani lionel lisandro liton liviu llewellyn lloyd lodewijk loic lokesh lonnie
lorcan lorenzo lothar louis luay lubomir luc luca lucas lucian luciano lucien
lucio lucius ludovic luhut luigi luis luiz luka lukas lukasz luke lungisani
lutfi luther lutz lyle lyuben maarten maciej madan madhavan madoc mads magnus
mahathir mahbub mahdi mahendra mahesh mahfuz mahmoud mahmud majed majid makokha
maksim malachy malcolm malik mamadou mamdouh mamman mammootty mandla manfred
manh manish manlio manmohan manny manoj manolis manouchehr mansour manuel
maqsood marc marcel marcello marcelo marcin marcio marco marcos marcus marek
mariano mario marios marius mariusz mark markku marko markus marlon marnix
marquez marquis marquise marshall martin marvin marwan masahiro masao masaru
masashi masato masayoshi mashrafe mason masoud massimo masud matej mateo
mateusz mathieu mathijs mathis matias mats matt matteo matthew matthias
matthieu matti maurice mauricio maurizio mauro mawuli max maxence maxim
maximilian maximiliano maxwell mayank mazen mbuyiseni mduduzi mehdi mehmet
mehran mehrdad meinhard meir melaku meles melih melvin menachem mengistu menno
mert mervyn mesut metin micah michael michalis micheal michel mick mickey
mieczyslaw miguel mihai mihir mikael mike mikel mikhail mikko milan miles
milind milorad milos miloslav miltiadis milton min-ho min-jun minho minjun
minoru mircea miroslav miroslaw mitch mitchell mithat mitsuo mizanur mohamad
mohamed mohammad mohammed mohan mohanlal mohit mohsen mohsin moinul moises
mojtaba monty moritz morten morteza mortimer moses moshe mostafa mostafizur
motti mouloud mounir moussa moustafa mthunzi muath mubarak mubashir mudassar
mufid muhamed muhammad muhammadu muhannad muharrem muhyiddin mujibur mukasa
mukesh mukul mulugeta muneeb munir murad murat murdo murray murugan musa
mushfiqur mushtaq mustafa mustapha muthu mwangi mxolisi mykhailo mykola
myung-bak myungbak nabeel nabil nachman nadav nadeem nader nadim naftali
nagarajan naguib naif najib nandan naoki narayan narayana narendra naresh
naruhito nasir nasiru nasser natarajan nathan nathanael nathaniel naveed naveen
navid navin nawaf nawaz nazrul ndubuisi necati necmettin ned negash neil nelson
nemanja nenad nestor neville neymar niall nicholas nick nicolae nicolas nicolo
niek nigel nihat nikhil niklas niko nikola nikolai nikolaos nikolay nikos
nilesh nils ninoy nir niraj nitin nitish nizar njabulo njoroge nnaemeka nnamdi
noah noboru nobuo noel nolan noman norbert norio norman noureddine novak nuhu
nuno nunzio obaid obaidul obinna obiora ochieng octave octavio octavius odera
odhiambo oduor odysseas ofer oguz oguzhan oisin ojwang okan okechukwu okello
okoth olabode oladipo olaf olanrewaju olav ole oleg oleh oleksandr oleksii
oleksiy oliver olivier olli olof olufemi olumide olusegun oluseun omar omari
omid omondi omran ondrej onur onyango opio orazio oren orhan oriol orlando
osama osamu oscar oskar osman ostap osvaldo oswald otavio otieno otis ottavio
otto ouma ove ovidiu owain owen owino owuor ozan pablo paddy padraic padraig
palaniswami panagiotis pandian panfilo pankaj panos paolo paras parth parvez
parviz pascal pasquale patricio patrick paul paulo pavel pavlos pawan payam
peder pedram pedro pejman pekka percival percy pere perry pertti pervez pete
peter petr petri petro petros petru petter peyman phil philip philippe phillip
phong phuc piergiorgio piero pierre piet pieter pietro pinarayi piotr pippo
pius piyush plamen pouya prabhu prabowo pradeep prakash pramod pranav prashant
praveen pravin predrag premysl preston przemyslaw puneet pylyp pyotr qasim
qiang quang quentin quinton quoc rabih rachid radek radim radoslaw radovan radu
raed rafael rafal raffaele rafiqul rafizi raghavan raghu ragnar rahim rahul
raimo rainer raj rajan rajat rajeev rajendra rajesh rajinikanth rajiv rakesh
rakib ralf ralph ram ramachandran ramakrishna ramalingam ramaswamy ramesh rami
ramin ramiro ramon ramzi ranbir randall randolph randy rangarajan ranveer raoul
raphael rashad rashid rashidi rasmus ratko raul ravi ravindra ray raymond
razvan recep reda redouane reggie reginald regis reijo reinaldo reinhard
reinhold renan renato renaud renji reuven rex reynaldo reza rhodri rhys riad
ricardo riccardo richard rick ricky ridwan rigoberto rik rishabh rishi risto
ritesh riyad rizwan roald rob robert roberto rocco roderick rodger rodney
rodolfo rodrigo rogelio roger rogerio rohan rohit roland rolando rolf romain
roman romano romario romeo rommel ron ronald ronaldinho ronaldo ronan ronen
ronnie rory roscoe ross rostam rostislav rotimi roy ruairi ruaridh ruben
rudiger rudolf rudolph rudy rufus ruhollah rui rumen rune rupert ruslan russ
russell rutger ruud ryan ryder ryota ryszard ryuichi ryuji saad sabbir sachin
sadegh sadi sadiq saeed sahil saif saiful sait sajid salah saleh salem salih
salim salman salvador salvatore sameer sami samir samuel sandeep sander
sandiaga sandro sang-hoon sanghoon sani sanjay sanjeev sankar santiago saqib
saravanan sarfaraz sarvesh satish satoshi satyendra sauli saurabh sayed sayyid
scott seamus sean sebastian sebastien sedat segun seiji selahattin selcuk
selvam semih semyon senthil senyo seok-yeol seokyeol seppo serdar serge sergei
sergey sergio serhii serhiy serkan seth seung-woo seungwoo seymour seyoum
shafiqul shahab shahbaz shahid shahram shahriar shahzad shailesh shakeel shakib
shakir shane shankar shanmugam sharad sharif shashank shaul shaun shawn shehu
shehzad shekhar sherman shigeru shimon shinichi shinji shinzo shiro shiv shivam
shlomo shmuel shoaib shohei shota shuichi shunichi shyam siamak sibusiso
siddaramaiah siddharth siegfried sifiso sigmar sigmund sigurd silas silvio
simiyu simon sinan sipho sivakumar sivan siyabonga sizwe sjoerd slawomir
slobodan sohail sohrab solly solomon soren sorin soroush sota sotiris spencer
spyros srdjan sridhar srinivas srinivasan sriram ssemanda stanislas stanislav
stanislaw stanley stavros stefan stefano stefanos steffen steinar stelios
stepan stephane stephen steve steven stewart stig stijn stjepan stoyan struan
stuart suat subhash subramanian sudhir sukhbir sukru sulaiman suleiman suleyman
sumit sundar sundaram sune sung-hoon sung-min sunghoon sungmin sunil suraj
suresh suriya sushil susilo sutrisno svatopluk sven svend svyatoslav sylvain
sylvester szymon tadashi tadesse tadeusz tadhg tae-yang taeyang taher tahir
takahiro takashi takeshi takis takuya talal talha tamer tamim tamrat taner
tanju tanko tanner tapio taras tarek tareq tariq tarkan taro tarun tatsuya
tauseef tayyip ted teemu teguh teodor teodoro terje terrell terrence tesfaye
teshome tetsuya teun tewodros thabo thaddeus thamer thanasis thang themba theo
theodore theodoros theophile thiago thibault thierry thijs thilo thinh thiru
thodoris thomas thor thorsten thulani tiago tilo tim timo timothee timothy
timur tjeerd toan tobias toby tochukwu todd todor tofail tolga tom tomas tomasz
tomislav tommaso tommy tomohiro tony torbjorn tore torquil torsten toru
toshiaki toshihiro toshio traian travis tremaine trent trevon trevor tristan
trofim trond troy trung tsuyoshi tuan tudor tufail tullio tuncay tunde tunji
tuomas tuomo turgut turki turlough tushar twan tyler tyreek tyrell tyrone tyson
tzachi uday udo ugochukwu ugur ulf ulises ulrich ulysse ulysses umar umaru
umberto umesh unai unni uri uros usama usman uwe vaclav vadim vadym vahid
vaibhav valentin valerio valeriy valtteri vangelis varun vasili vasilis vasily
vassilis vasudevan vasyl venkat venkatesh vernon vesa vicente victor vidar
viggo vignesh vijay vijayan vikas vikram viktor vilhelm ville vinay vince
vincent vincenzo vineet vinh vinicius vinod viorel vipin vipul virgil vishal
vishnu vit vitali vitaliy vitaly vitor vittorio vivek vlad vladimir vladislav
vlado vojtech volkan volker volodymyr vuk vusi vyacheslav waclaw wade wael
wafula waldemar wale waleed walid wallace walter wanyama waqar warren waseem
wasim wassim wasswa wayne weiguo wekesa wendell werner wesley wieslaw wilbur
wilfred wilfrid wilfried wilhelm willard willem william willie willis wim
winfried winston wiranto witold wladyslaw wojciech wolfgang woo-jin woojin
worku wouter wyatt xabier xavi xavier xiaolong xiaoming xiaoping xolani yaakov
yahaya yahya yair yakov yakubu yann yannick yannis yariv yaroslav yasar yaser
yash yashwant yasir yasser yassine yasuhiro yasuo yavuz yaw yediyurappa yegor
yehoshua yehuda yevgeniy yevgeny yevhen yiannis yigal yigit yisrael yitzhak
yoann yoav yogendra yogesh yohannes yoichi yonas yonatan yoram yorgos yosef
yoshihide yoshihiko yoshio yoshiro yossi yosuke younes youness young-soo
youngsoo yousef youssef youssouf yuichi yuji yukio yunus yuri yuriy yury yusril
yusuf yusuke yutaka yuto yuvraj yves yvon zachary zack zafar zafer zahid zaid
zakaria zakariya zakhar zaki zane zayed zbigniew zdenek zdzislaw ze'ev zedong
zeeshan zeev zeke zeljko zhiqiang zhiwei ziad ziaur zinedine zisis ziya zlatko
zoran zubair zubairu zuhair zvi zweli zwelinzima zygmunt
""".split()
)
