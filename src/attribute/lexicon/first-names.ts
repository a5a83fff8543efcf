/**
 * Given names that tell a gender, across the naming traditions English-language news
 * quotes: English, Irish, Scottish and Welsh; Spanish, Portuguese and Latin American;
 * Italian, French, German, Dutch, Scandinavian, Slavic and Greek; Arabic, Turkish and
 * Persian; South Asian; Yoruba, Igbo, Akan, Swahili and Nguni; Japanese. Names often
 * given to both genders (Jordan, Taylor, Jamie, Robin, Kim, Morgan) are left out, so
 * they stay unknown and compatible with any pronoun. Lower case, with and without
 * accents where both spellings are common. A hint only: a pronoun that refers to the
 * person overrules it.
 */

export const MALE_FIRST_NAMES = `
  aamir aaron abdul abdullah abhishek abraham adam adebayo adewale aditya adrian afonso ahmad
  ahmed aidan ajay akash akshay alain alan albert alberto alejandro aleksander aleksandr
  alessandro alex alexander alexei alfie alfonso alfred ali alistair alonso alvaro alvin ambrose
  amir amit amr anand anatoly anders andre andreas andrei andres andrew andriy andré andrés andy
  angelo angus anil anish anthony antonio antony aodhan arash archie arjun armando arne arnold
  arthur arturo arun ashok austin axel babak babatunde barack baraka barry basil ben benedict
  benito benjamin benny bernard bernardo bernd bernie bert bilal bill billy bjorn björn blake bob
  bobby bogdan bongani boris brad bradley bram brandon brendan brent brett brian bruce bryan
  bryce byron calvin carl carlo carlos carlton cathal cecil cesar chad charles charlie chester
  chibuzo chidi chinedu chris christian christophe christopher christos chuck chukwuma cian
  ciaran ciarán clarence claude claudio clifford clive clyde cody colin colm connor conor conrad
  cormac costas craig cristian cristiano curtis cyril césar daan dafydd dale damian damon dan
  daniel danny dapo dario dariush darragh darren darryl dave david davide dean declan deepak
  dennis derek desmond dexter diarmuid dick didier diego dieter dimitris dinesh dirk dmitri
  dmitry dominic don donal donald doug douglas dragan duncan dustin dwayne dwight dylan eamon
  eamonn earl ed eddie edgar edmund eduardo edward edwin eirik eli elijah elliot elliott elmer
  elon emeka emilio emmanuel emre emyr enrique enzo eoin eric erik ernest ernesto espen esteban
  ethan etienne eugene evan ewan fabien fabio fabrizio fahad faisal farid federico felipe felix
  femi fergal fergus fernando filippo finn fionn florian floyd folarin francis francisco franco
  francois frank franklin françois fraser fred freddie frederick friedrich fritz frédéric fyodor
  gabriel gareth garrett gary gaurav gavin geoff geoffrey george georgios gerald gerard gerardo
  gethin giacomo gianluca gianni gilbert giorgio giorgos giovanni giuseppe glen glenn gonzalo
  gonçalo goran gordon graeme graham grant greg gregory grzegorz guillaume guillermo gunnar
  gunter gus gustavo guy gérard günter hakan hakeem hamid hamish hamza hank hans harish harold
  harris harrison harry haruki harvey hassan hector heinrich helmut henrik henry herbert herman
  hernán hervé hiroshi holger horace hossein howard hugh hugo humphrey hunter hussein håkan
  héctor iain ian ibrahim ignacio igor ikenna imran ingvar isaac ismail ivan iwan jabari jack
  jackson jacob jacques jaime jair jake jakub jamal james jared jaroslaw jarosław jason jasper
  jaswant javier jay jean-claude jean-luc jean-pierre jed jeff jeffery jeffrey jens jeremiah
  jeremy jerome jerry jerzy jesse jesús jim jimmy joachim joao joe joel joey johannes john johnny
  jon jonah jonas jonathan jonny joost jorge jose joseph josh joshua josé joão juan jude julian
  julien julio juma jurgen justin jérôme jörg jørgen jürgen kabir kamau kamil kamran karan kareem
  karim karl kartik kayode kazuo kees keir keith kelvin kemal ken kenji kenneth kent kevin khalid
  kieran kirk klaus knut kofi koji kojo kostas krishna krzysztof kunle kurt kwabena kwame kwesi
  kyle lance larry laurence laurent lawrence len leo leon leonard leonardo leroy lester leszek
  lewis liam lionel lloyd logan lorenzo louis loïc luca lucas luigi luis lukas luke luther lwazi
  maarten maciej magnus mahesh mahmoud majid malcolm mandla manish manoj manuel marcel marcello
  marcelo marco marcos marcus marek mario mark markus marshall martin martín marvin masato
  massimo mateo mateusz mathieu matt matteo matthew matthias matías maurice mauricio maurizio
  mauro max maxwell mehdi mehmet melvin michael mick mickey miguel mikael mike mikhail miles
  milton miroslav mitch mitchell mohamed mohammad mohammed mohan monty moritz morris mostafa
  muhammad mukesh murat murray mustafa mwangi nabil narendra nathan nathaniel ned neil neville
  niall nicholas nick nicolas nicolás nigel nikhil niklas nikolai nikos nils nitin nnamdi noah
  noel norman nuno obinna octavio odhiambo oisin oisín olaf ole oleg oleksandr oliver olivier
  ollie omar oscar oskar osman oswald otieno otto owen pablo paco padraig panagiotis pankaj paolo
  pascal patrick paul pavel pavlo pedro percy perry pete peter phil philip philippe phillip
  pierce pierre pieter pietro piotr pradeep prakash pranav pádraig quentin radek rafael rahul
  rajesh rakesh ralf ralph ramesh ramon ramón randall randy rashid rasmus raul ravi ray raymond
  raúl recep reggie reginald rex reza rhodri rhys ricardo riccardo richard rick ricky rishi rob
  robbie robert roberto rod rodney rodrigo rogelio roger rohan rohit roland rolf ron ronald ronan
  rory ross roy rudy rufus rui russell ruud ryan rémi rüdiger sachin saeed salim salvador
  salvatore sam sami samir samuel sandeep sander sandro sanjay sanjeev santiago satish scott
  seamus sean sebastian segun serge sergei sergey sergio seth shahid shane shaun shawn shinji
  shinzo siddharth sidney sigurd silvio simon sipho sjoerd spencer spyros stanislav stanley
  stavros stefan stefano stephen steve steven stewart stig stuart stéphane sunil suresh sven
  séamus sébastien tadhg takashi takeshi taras tariq taro tarun tatsuya ted teddy terence terry
  thabo themba theo theodore thiago thibault thierry thomas thor thorsten tiago tim timothy
  tobias toby todd tom tomasz tommy tomás tony tore torsten travis trevor tristan troy tunde
  tunji tyler ulf ulrich umberto uwe vadim varun vernon vicente victor vijay vikram viktor vince
  vincent vinod vittorio vivek vladimir volker volodymyr wade wale walter warren wayne werner wes
  wesley wilbur wilfred will willem william willie wim winston wojciech wolfgang xavier xi yann
  yannis yaroslav yevgeny yoav yousef youssef yuri yusuf yves zach zachary zaid zbigniew ziad
  zoran álvaro étienne
`;

export const FEMALE_FIRST_NAMES = `
  aarti abby abena abigail achieng ada adaeze adaora adele adriana adrienne adwoa agatha agnes
  agnieszka aileen ailsa aisha aishwarya aisling akiko akinyi akosua alejandra aleksandra
  alessandra alexandra alexandria alice alicia alina alison allison alma amaka amal amanda amber
  amelia amina amy amélie ana ananya anastasia andrea angela angelica angelina anita anjali
  anjana anke ann anna annabel anne annette annie annika antonia anya aoife april arabella ariana
  asha ashley asma astrid audrey aurélie ava ayesha aylin ayse ayşe barbara beatrice beatriz
  becky belinda bella bernadette beth bethany betsy betty beverly bianca birgit blanca bonnie
  brenda bridget brigitte brittany bronwen brooke caitlin camila camilla caoimhe carla carmen
  carol carolina caroline carolyn carys cassandra catalina catherine cathy catriona cecilia celia
  cerys chantal charlene charlotte chelsea cheryl chiamaka chiara chidinma chioma chloe
  christelle christina christine ciara cindy claire clara clare claudia clodagh colleen constance
  consuelo cora courtney crystal cynthia cécile daisy dalia daniela danielle danuta daphne dawn
  deb debbie deborah debra deepa deepika deirdre delia delphine denise diana diane dina divya
  dolores donna dora doreen doris dorota dorothy ebba edith efua eileen eilidh eimear ekaterina
  elaine eleanor elena eleni elif elise eliza elizabeth ella ellen ellie elodie eloise elsie
  emiko emily emine emma erica erin esme esperanza esther ethel eva eve evelyn faith farah fatima
  fatma fatuma felicity fernanda ffion fiona fionnuala flora florence folake frances francesca
  françoise frauke freja freya frida funke funmilayo gabriela gail galina geeta gemma geneviève
  georgia georgina geraldine gertrude gillian gina ginny giorgia giovanna gisela gita giulia
  giuliana gladys glenda gloria grace graciela grainne greta gretchen gráinne guadalupe gudrun
  gwen gwendolyn habiba hala halima hana hanako hanan hannah harriet haruka hazel heather heidi
  heike helen helena henrietta hiba hilary hilde hillary holly hope huda hélène ifeoma ilaria
  ilhan ilse iman imogen indira ines inga ingrid inés irene irina iris isabel isabella isabelle
  isla ivy jacinda jackie jacqueline jade jadwiga jamila jane janet janice jasmine jaya jeanette
  jeanne jemima jen jennifer jenny jess jessica jill joan joana joanna joanne jocelyn jodi jodie
  josefina josephine joy joyce juana juanita judith judy julia julie juliet julieta juliette june
  jutta karen karin karine katarzyna kate katerina katherine kathleen kathryn kathy katie katrin
  katrina kavita kay kayla keiko kerstin kimberly kirsty kristen kristi kristin kristina ksenia
  kyrsten laila lakshmi larisa lata laura lauren layla leah leila lena lesley leslie liesl
  lillian lily lina linda lindiwe linnea lisa liz liza lois lori lorna lorraine louisa louise
  lourdes lucia lucille lucy lucía luisa luz lydia lynn lynne lyudmila léa mabel madeleine
  madison maeve magdalena maggie mairead maisie maja malgorzata malin mandy marcella marcia
  margaret margot maria mariam marian mariana marianne marie mariko marilyn marina marion marisol
  marjorie marlene marlies marta martha mary maryam maría mathilde maureen maxine may małgorzata
  meena meera megan mei melania melanie melissa mercedes meredith mhairi mia michelle michiko
  mila milagros mildred milena millie miranda miriam molly monica monique morag muriel myra
  máiréad nadezhda nadia nancy nandini naomi natalia natalie natalya natasha nathalie neema neha
  nell nellie ngozi nia niamh nicola nicole nikki nina nisha nkechi nneka nomvula noor nora
  noriko norma nour obioma océane oksana olena olga olive olivia omolara orla paloma pam pamela
  paola patricia patty paula pauline pearl peggy penelope penny petra philippa phoebe phyllis
  pilar polly pooja priscilla priti priya priyanka rachel radha rani rania raquel rasha rebecca
  reem regina rekha renate rhiannon rita ritu roberta rocio rocío roisin rosa rosalind rosanna
  rosario rose rosemary rosie ruby ruth róisín sabine sabrina sachiko sakura sally salma samantha
  samira sandra sandrine sangeeta sanjana saoirse sara sarah sarita seema selina seren serena
  shanti sharon sheila shilpa shirin shirley shreya sian sigrid silke silvia simona sinead sinéad
  siobhan sita siân smita sneha sofia sofía soledad solveig sonia sonja sophia sophie soraya
  stacey stella stephanie sue sunita susan susannah susanne suzanne svetlana swati sylvia sylvie
  ségolène tabitha tamara tammy tanvi tanya tatiana tatyana teresa tessa thandiwe theresa tina
  titilayo tomoko tove tracey tracy ulrike uma una ursula usha ute valentina valerie vandana
  vanessa vera veronica verónica victoria viola violet virginia virginie véronique wambui wanjiru
  wendy whitney wiebke winifred ximena yasmin yasmine yelena yetunde yoko yolanda yuko yulia yumi
  yvonne zahra zainab zanele zawadi zeinab zeynep zoe zofia zoë élise élodie émilie
`;
